import { describe, expect, it } from 'vitest';
import { dialects } from '../support/db.ts';
import { withCityApp } from '../support/city-app.ts';
import { PASSWORD } from '../support/city.ts';
import { TestClient, loggedIn } from '../support/http.ts';

// Issue #10, finding 3: failures are counted atomically, the current-password check counts too,
// and an unknown username answers exactly like a real one.
// Each case has its own app: the login route's rate limit (20 a minute per address) would otherwise interfere.
const fixture = (dialect: (typeof dialects)[number]) => {
  const s = withCityApp(dialect);
  const row = (username: string) =>
    s.t.ctx.db.selectFrom('users').select(['failed_logins', 'locked_until']).where('username', '=', username).executeTakeFirstOrThrow();
  return { s, row };
};

describe.each(dialects)('login lockout under parallel guesses on %s (issue 10.3)', (dialect) => {
  const { s, row } = fixture(dialect);

  it('twelve parallel wrong passwords lock the account', async () => {
    const tries = await Promise.all(Array.from({ length: 12 }, () => new TestClient(s.app).login('leader-east', 'Wrong@2026x')));
    expect(tries.map((r) => r.statusCode)).toEqual(Array(12).fill(401));
    const locked = await row('leader-east');
    expect(locked.locked_until! > s.t.clock.now().toISOString()).toBe(true);
    // Locked: even the right password is refused, until the lock runs out.
    expect((await new TestClient(s.app).login('leader-east', PASSWORD)).statusCode).toBe(401);
    s.t.clock.advance(16 * 60_000);
    expect((await new TestClient(s.app).login('leader-east', PASSWORD)).statusCode).toBe(200);
    expect((await row('leader-east')).failed_logins).toBe(0);
  });
});

describe.each(dialects)('unknown usernames at the lockout on %s (issue 10.3)', (dialect) => {
  const { s, row } = fixture(dialect);

  it('an unknown username answers exactly like a real one, before and after the lockout', async () => {
    const real: { status: number; body: string }[] = [];
    const unknown: { status: number; body: string }[] = [];
    for (let i = 0; i < 7; i++) {
      const a = await new TestClient(s.app).login('liaison-west', 'Wrong@2026x');
      const b = await new TestClient(s.app).login('nobody-here', 'Wrong@2026x');
      real.push({ status: a.statusCode, body: a.body });
      unknown.push({ status: b.statusCode, body: b.body });
    }
    expect(unknown).toEqual(real);
    expect(real[6].status).toBe(401);
    expect((await row('liaison-west')).locked_until! > s.t.clock.now().toISOString()).toBe(true);
  });
});

describe.each(dialects)('current-password guesses on %s (issue 10.3)', (dialect) => {
  const { s } = fixture(dialect);

  it('guesses of the current password on /api/me/password count toward the lockout', async () => {
    const c = await loggedIn(s.app, 'liaison-east', PASSWORD);
    const guesses = await Promise.all(Array.from({ length: 15 }, (_, i) => c.post('/api/me/password', { current: `Guess@${i}x2026`, next: 'Next@2026xyz' })));
    const statuses = guesses.map((r) => r.statusCode);
    expect(statuses.filter((x) => x === 400).length).toBe(4);
    expect(statuses.filter((x) => x === 423).length).toBe(11);
    expect(guesses.find((r) => r.statusCode === 400)!.json().errors[0].field).toBe('body.current');
    // The right password does not get through while locked, here or at the login.
    expect((await c.post('/api/me/password', { current: PASSWORD, next: 'Next@2026xyz' })).statusCode).toBe(423);
    expect((await new TestClient(s.app).login('liaison-east', PASSWORD)).statusCode).toBe(401);
  });
});
