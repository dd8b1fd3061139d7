import { describe, expect, it } from 'vitest';
import { dialects } from '../support/db.ts';
import { withCityApp } from '../support/city-app.ts';
import { PASSWORD } from '../support/city.ts';
import { TestClient, loggedIn } from '../support/http.ts';
import { systemActor } from '../../src/platform/access/index.ts';
import { invalidateActors } from '../../src/platform/auth/actor-cache.ts';
import { securityService } from '../../src/modules/security/service.ts';

// Issue #10, finding 2: the three administrators' separation holds against chains of actions.
const ADMINS = ['admin', 'secadmin', 'auditor'] as const; // sysAdmin, secAdmin, auditor
type Admin = (typeof ADMINS)[number];
const NEW_PASSWORD = 'Taken@2026xyz';
const GRANTS = {
  sysAdminAndSupervisor: ['sysAdmin', 'supervisor'],
  sysAdmin: ['sysAdmin'],
  secAdmin: ['secAdmin'],
  auditor: ['auditor'],
  supervisor: ['supervisor'],
} as const;

type Step = { kind: 'reset' | 'disable' | 'login'; target: Admin } | { kind: 'grants'; target: Admin; grants: keyof typeof GRANTS };
const steps: Step[] = ADMINS.flatMap((target) => [
  { kind: 'reset' as const, target },
  { kind: 'disable' as const, target },
  { kind: 'login' as const, target },
  ...Object.keys(GRANTS).map((g) => ({ kind: 'grants' as const, target, grants: g as keyof typeof GRANTS })),
]);
const label = (s: Step) => `${s.kind} ${s.target}${s.kind === 'grants' ? ` → ${s.grants}` : ''}`;

describe.each(dialects)('separated administrators against chains of two actions on %s (issue 10.2)', (dialect) => {
  const s = withCityApp(dialect);
  const db = () => s.t.ctx.db;

  /** Who holds what: the three administrators' status, password hash and grants. */
  async function snapshot() {
    const rows = await db()
      .selectFrom('users')
      .select(['id', 'username', 'status', 'password_hash'])
      .where('username', 'in', [...ADMINS])
      .orderBy('id')
      .execute();
    const grants = await db()
      .selectFrom('role_grants')
      .innerJoin('roles', 'roles.id', 'role_grants.role_id')
      .select(['role_grants.user_id as userId', 'roles.id as roleId', 'roles.code as code', 'role_grants.unit_id as unitId'])
      .where(
        'role_grants.user_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('role_grants.id')
      .execute();
    return rows.map((r) => ({ ...r, grants: grants.filter((g) => g.userId === r.id).map(({ roleId, unitId, code }) => ({ roleId, unitId, code })) }));
  }
  type Snap = Awaited<ReturnType<typeof snapshot>>;

  async function restore(base: Snap) {
    const now = await snapshot();
    for (const b of base) {
      const n = now.find((x) => x.id === b.id)!;
      if (n.status !== b.status || n.password_hash !== b.password_hash)
        await db().updateTable('users').set({ status: b.status, password_hash: b.password_hash }).where('id', '=', b.id).execute();
      if (JSON.stringify(n.grants) !== JSON.stringify(b.grants))
        await securityService.setGrants(
          s.t.ctx,
          systemActor('test'),
          b.id,
          b.grants.map(({ roleId, unitId }) => ({ roleId, unitId })),
        );
    }
    invalidateActors();
  }

  it('no chain of two admin actions gives an administrator another administrator’s powers or a business role', async () => {
    const base = await snapshot();
    const idOf = (u: Admin) => base.find((b) => b.username === u)!.id;
    const roleId = new Map((await db().selectFrom('roles').select(['id', 'code']).execute()).map((r) => [r.code, r.id]));
    const startRole = (u: Admin) => base.find((b) => b.username === u)!.grants[0].code;
    const sessions = new Map<Admin, TestClient>();
    for (const a of ADMINS) sessions.set(a, await loggedIn(s.app, a, PASSWORD));

    /** Runs one step as `actor`; the accounts the attacker holds grow when it logs in as a target. */
    async function run(step: Step, actor: TestClient, held: Map<Admin, TestClient>, known: Set<Admin>) {
      const id = idOf(step.target);
      if (step.kind === 'reset') {
        const r = await actor.post(`/api/users/${id}/reset-password`, { password: NEW_PASSWORD });
        if (r.statusCode === 204) known.add(step.target);
      } else if (step.kind === 'disable') {
        const user = await actor.get(`/api/users/${id}`);
        await actor.patch(`/api/users/${id}`, { version: user.statusCode === 200 ? user.json().version : 1, status: 'disabled' });
      } else if (step.kind === 'grants') {
        await actor.put(`/api/users/${id}/grants`, { grants: GRANTS[step.grants].map((code) => ({ roleId: roleId.get(code), unitId: s.city.units.city })) });
      } else if (known.has(step.target)) {
        const c = new TestClient(s.app);
        if ((await c.login(step.target, NEW_PASSWORD)).statusCode === 200) held.set(step.target, c);
      }
    }

    /** The separation holds: every account the attacker can act as has only its starting role; the watchers are untouched. */
    async function assertSeparation(start: Admin, held: Map<Admin, TestClient>, chain: string) {
      const now = await snapshot();
      for (const u of now) {
        const codes = u.grants.map((g) => g.code);
        const admins = codes.filter((c) => ['sysAdmin', 'secAdmin', 'auditor'].includes(c));
        expect(admins.length, `${chain}: ${u.username} holds ${codes}`).toBeLessThanOrEqual(1);
        if (admins.length) expect(codes.length, `${chain}: ${u.username} holds ${codes}`).toBe(admins.length);
        if (held.has(u.username as Admin))
          expect(
            codes.every((c) => c === startRole(start)),
            `${chain}: the attacker acts as ${u.username} holding ${codes}`,
          ).toBe(true);
        const b = base.find((x) => x.id === u.id)!;
        if (['secAdmin', 'auditor'].includes(b.grants[0].code) && u.username !== start) {
          expect({ status: u.status, grants: u.grants, password: u.password_hash === b.password_hash }, `${chain}: ${u.username} was changed`).toEqual({
            status: 'active',
            grants: b.grants,
            password: true,
          });
        }
      }
    }

    let walked = 0;
    // Resetting, disabling or logging in as oneself is no chain among administrators.
    const onOthers = (start: Admin) => steps.filter((x) => x.kind === 'grants' || x.target !== start);
    for (const start of ADMINS) {
      for (const first of onOthers(start)) {
        for (const second of [null, ...onOthers(start)]) {
          await restore(base);
          const own = sessions.get(start)!;
          if ((await own.get('/api/me')).statusCode !== 200) sessions.set(start, await loggedIn(s.app, start, PASSWORD));
          const held = new Map<Admin, TestClient>([[start, sessions.get(start)!]]);
          const known = new Set<Admin>();
          const before = JSON.stringify(await snapshot());
          await run(first, held.get(start)!, held, known);
          const chain = `${start}: ${label(first)}${second ? `, then ${label(second)}` : ''}`;
          const changed = before !== JSON.stringify(await snapshot()) || held.size > 1;
          if (second === null) {
            await assertSeparation(start, held, chain);
            walked++;
            if (!changed) break; // a refused first step leaves everything as it was: its chains are those from the start
            continue;
          }
          // The second step may be taken as any account the attacker now holds.
          for (const [, actor] of held) {
            await run(second, actor, held, known);
            await assertSeparation(start, held, chain);
            walked++;
          }
        }
      }
    }
    await restore(base);
    expect(walked).toBeGreaterThanOrEqual(ADMINS.length * onOthers('admin').length);
  });
});
