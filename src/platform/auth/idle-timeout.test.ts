import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import { PASSWORD } from '../../../test/support/city.ts';
import { loggedIn } from '../../../test/support/http.ts';
import { touchInterval } from './service.ts';

/** Issue #10, finding 9: with a 1-minute idle timeout an active user stays logged in. */
describe.each(dialects)('a short idle timeout on %s', (dialect) => {
  const s = withCityApp(dialect);

  it('bounds the last-seen interval by the timeout', () => {
    expect(touchInterval(1)).toBe(15_000);
    expect(touchInterval(30)).toBe(60_000);
  });

  it('keeps a user active every 50 s logged in under a 1-minute policy, and ends an idle one', async () => {
    const sec = await loggedIn(s.app, 'secadmin', PASSWORD);
    const policy = (await sec.get('/api/policy')).json();
    const put = await sec.put('/api/policy', { ...policy, sessionIdleMinutes: 1 });
    expect(put.statusCode, put.body).toBeLessThan(300);
    const c = await loggedIn(s.app, 'leader', PASSWORD);
    for (let i = 0; i < 6; i++) {
      s.t.clock.advance(50_000);
      const res = await c.get('/api/me');
      expect(res.statusCode, `request ${i + 1} after ${(i + 1) * 50} s`).toBe(200);
    }
    s.t.clock.advance(61_000);
    expect((await c.get('/api/me')).statusCode).toBe(401);
  });
});
