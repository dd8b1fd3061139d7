import { describe, expect, it } from 'vitest';
import { dialects } from '../support/db.ts';
import { withCityApp } from '../support/city-app.ts';
import { TestClient } from '../support/http.ts';

const DAY = 86_400_000;

/** Issue #10, finding 7: a token's lifetime is part of the secAdmin's policy (API_TOKEN_DAYS only its default). */
describe.each(dialects)('the token lifetime in the security policy on %s', (dialect) => {
  const s = withCityApp(dialect);
  const bearer = (token: string) => new TestClient(s.app, { authorization: `Bearer ${token}` });

  it('a policy change sets the expiry of new tokens and older ones, audited', async () => {
    const sec = await s.login('secadmin');
    const policy = (await sec.get('/api/policy')).json();
    expect(policy.apiTokenDays).toBe(90);
    const sup = await s.login('supervisor');
    const older = (await sup.post('/api/me/tokens', { name: 'older' })).json();
    expect(Date.parse(older.expiresAt) - s.t.clock.now().getTime()).toBe(90 * DAY);

    for (const bad of [0, 3651, 1.5]) {
      const res = await sec.put('/api/policy', { ...policy, apiTokenDays: bad });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(['body.apiTokenDays']);
    }
    const changed = await sec.put('/api/policy', { ...policy, apiTokenDays: 7 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toEqual({ ...policy, apiTokenDays: 7 });
    // A client that does not know the field keeps it.
    const { apiTokenDays: _, ...withoutDays } = policy;
    expect((await sec.put('/api/policy', withoutDays)).json().apiTokenDays).toBe(7);
    expect((await sec.get('/api/policy')).json().apiTokenDays).toBe(7);

    const created = (await sup.post('/api/me/tokens', { name: 'newer' })).json();
    expect(Date.parse(created.expiresAt) - s.t.clock.now().getTime()).toBe(7 * DAY);
    const listed = (await sup.get('/api/me/tokens')).json().items;
    for (const t of listed) expect(Date.parse(t.expiresAt) - Date.parse(t.createdAt), t.name).toBe(7 * DAY);

    s.t.clock.advance(6 * DAY);
    expect((await bearer(created.token).get('/api/me')).statusCode).toBe(200);
    s.t.clock.advance(DAY + 11_000); // past the expiry and the actor cache
    expect((await bearer(created.token).get('/api/me')).statusCode).toBe(401);
    expect((await bearer(older.token).get('/api/me')).statusCode).toBe(401);

    const auditor = await s.login('auditor');
    const rows = (await auditor.get('/api/audit?entity=policy&pageSize=10')).json().items;
    const after = rows.map((r: { after: string | null }) => JSON.parse(r.after ?? '{}').apiTokenDays);
    expect(after).toContain(7);
    expect(rows.map((r: { before: string | null }) => JSON.parse(r.before ?? '{}').apiTokenDays)).toContain(90);
  });
});
