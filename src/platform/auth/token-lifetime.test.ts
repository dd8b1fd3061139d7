import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import { PASSWORD } from '../../../test/support/city.ts';
import { loggedIn, TestClient } from '../../../test/support/http.ts';

/** Issue #10, finding 7: tokens end with a password change or reset, and expire. */
describe.each(dialects)('API token lifetime on %s', (dialect) => {
  const s = withCityApp(dialect);
  const bearer = (token: string) => new TestClient(s.app, { authorization: `Bearer ${token}` });
  const NEW = 'Other@2026yz';

  it('a password change revokes the user’s tokens', async () => {
    const c = await loggedIn(s.app, 'leader', PASSWORD);
    const { token } = (await c.post('/api/me/tokens', { name: 'script' })).json();
    expect((await bearer(token).get('/api/me')).statusCode).toBe(200);
    const changed = await c.post('/api/me/password', { current: PASSWORD, next: NEW });
    expect(changed.statusCode, changed.body).toBeLessThan(300);
    expect((await bearer(token).get('/api/me')).statusCode).toBe(401);
    expect((await c.get('/api/me/tokens')).json().items[0].revokedAt).not.toBeNull();
  });

  it('an administrator’s reset revokes them too', async () => {
    const c = await loggedIn(s.app, 'liaison-east', PASSWORD);
    const { token } = (await c.post('/api/me/tokens', { name: 'script' })).json();
    expect((await bearer(token).get('/api/me')).statusCode).toBe(200);
    const admin = await loggedIn(s.app, 'admin', PASSWORD);
    const reset = await admin.post(`/api/users/${s.city.users['liaison-east']}/reset-password`, { password: NEW });
    expect(reset.statusCode, reset.body).toBe(204);
    expect((await bearer(token).get('/api/me')).statusCode).toBe(401);
  });

  it('a token expires after 90 days, and 我的令牌 shows when', async () => {
    const c = await loggedIn(s.app, 'supervisor', PASSWORD);
    const created = (await c.post('/api/me/tokens', { name: 'script' })).json();
    const listed = (await c.get('/api/me/tokens')).json().items.find((i: { id: number }) => i.id === created.id);
    expect(Date.parse(listed.expiresAt) - Date.parse(listed.createdAt)).toBe(90 * 86_400_000);
    expect(created.expiresAt).toBe(listed.expiresAt);
    s.t.clock.advance(89 * 86_400_000);
    expect((await bearer(created.token).get('/api/me')).statusCode).toBe(200);
    s.t.clock.advance(1 * 86_400_000 + 11_000); // past the expiry and the actor cache
    expect((await bearer(created.token).get('/api/me')).statusCode).toBe(401);
  });
});
