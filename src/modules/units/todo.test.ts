import { describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';

interface Line {
  key: string;
  count: number;
  link: string;
}

/** Issue #9: the sysAdmin's queue — units below the top with no active 联络员, the count that of the list it opens. */
describe.each(dialects)("the sysAdmin's units without a liaison on %s", (dialect) => {
  const fx = withCityApp(dialect);

  it('counts them as GET /api/units lists them; disabling a unit’s only liaison adds its unit', async () => {
    const admin = await fx.login('admin');
    const line = async () => ((await admin.get('/api/me/todo')).json().items as Line[]).find((i) => i.key === 'units.withoutLiaison')!;
    const before = await line();
    expect(before.link).toBe('/admin/units?withoutRole=liaison');
    const listed = (await admin.get('/api/units?withoutRole=liaison&pageSize=200')).json();
    expect(listed.total).toBe(before.count);
    expect(listed.items.map((u: { id: number }) => u.id)).not.toContain(fx.city.units.east);
    // The top of the tree needs none.
    expect(listed.items.map((u: { id: number }) => u.id)).not.toContain(fx.city.units.city);

    // 东城区's liaison leaves: 东城区 now has none.
    const users = (await admin.get('/api/users?q=liaison-east&pageSize=10')).json().items as { id: number; username: string; version: number }[];
    const east = users.find((u) => u.username === 'liaison-east')!;
    const disabled = await admin.patch(`/api/users/${east.id}`, { version: east.version, status: 'disabled' });
    expect(disabled.statusCode, disabled.body).toBe(200);
    expect((await line()).count).toBe(before.count + 1);
    const after = (await admin.get('/api/units?withoutRole=liaison&pageSize=200')).json();
    expect(after.items.map((u: { id: number }) => u.id)).toContain(fx.city.units.east);
  });

  it('is only the sysAdmin’s line', async () => {
    for (const who of ['supervisor', 'secadmin', 'auditor']) {
      const c = await fx.login(who);
      expect(
        ((await c.get('/api/me/todo')).json().items as Line[]).map((i) => i.key),
        who,
      ).not.toContain('units.withoutLiaison');
    }
  });
});
