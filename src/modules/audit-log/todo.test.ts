import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import { TestClient } from '../../../test/support/http.ts';

interface Line {
  key: string;
  count: number;
  link: string;
}

/** Issue #9: the auditor's own queue — today's failed logins, today being Beijing's day, opening the log filtered to them. */
describe.each(dialects)("the auditor's to-do on %s", (dialect) => {
  // 23:30 in Beijing on 1 March.
  const fx = withCityApp(dialect, { now: '2026-03-01T15:30:00.000Z' });
  const failedLogin = async () => {
    const res = await new TestClient(fx.app).post('/api/auth/login', { username: 'supervisor', password: 'not-the-password' });
    expect(res.statusCode).toBe(401);
  };
  const line = async () => {
    const auditor = await fx.login('auditor');
    return ((await auditor.get('/api/me/todo')).json().items as Line[]).find((i) => i.key === 'auditLog.failedLoginsToday')!;
  };

  it("counts the failed logins of the configured zone's day, and the log it opens lists as many", async () => {
    await failedLogin();
    await failedLogin();
    const today = await line();
    expect(today).toMatchObject({ count: 2, link: '/admin/audit?action=login.failed&from=2026-03-01&to=2026-03-01' });
    // The page sends the day as Beijing's midnights: the same rows.
    const auditor = await fx.login('auditor');
    const listed = (await auditor.get('/api/audit?action=login.failed&from=2026-02-28T16:00:00.000Z&to=2026-03-01T16:00:00.000Z')).json();
    expect(listed.total).toBe(2);

    // An hour later it is 2 March in Beijing (still 1 March in UTC): a new day, nothing failed yet.
    fx.t.clock.advance(60 * 60 * 1000);
    expect((await line()).count).toBe(0);
    await failedLogin();
    expect(await line()).toMatchObject({ count: 1, link: '/admin/audit?action=login.failed&from=2026-03-02&to=2026-03-02' });
  });

  it('is no one else’s line', async () => {
    for (const who of ['supervisor', 'secadmin', 'admin']) {
      const c = await fx.login(who);
      expect(
        ((await c.get('/api/me/todo')).json().items as Line[]).map((i) => i.key),
        who,
      ).not.toContain('auditLog.failedLoginsToday');
    }
  });
});
