import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withDemoApp } from '../../../test/support/city-app.ts';
import type { TestClient } from '../../../test/support/http.ts';

describe.each(dialects)('the demo organization system on %s', (dialect) => {
  const fx = withDemoApp(dialect, { now: '2026-11-20T02:00:00.000Z' });
  let sup: TestClient;
  beforeAll(async () => {
    sup = await fx.login('supervisor');
  });

  it('covers the demo city: one root, every community and village with an organization, some renewals overdue or due', async () => {
    const tree = (await sup.get('/api/party-orgs/tree')).json();
    expect(tree.items.filter((o: { parentId: number | null }) => o.parentId === null).map((o: { name: string }) => o.name)).toEqual(['中共X市委员会']);
    const names = tree.items.map((o: { name: string }) => o.name);
    expect(names).toEqual(expect.arrayContaining(['中共东华社区委员会', '中共柳树村支部委员会', '中共X市学院委员会', '中共星云软件有限公司支部委员会']));
    const cov = (await sup.get('/api/party-orgs/coverage')).json();
    const line = (c: string) => cov.categories.find((l: { category: string }) => l.category === c);
    expect(line('rural').units.count).toBeGreaterThan(10);
    expect(line('rural').uncovered.count).toBe(0);
    expect(line('community').uncovered.count).toBe(0);

    const overdue = (await sup.get('/api/party-orgs/renewals?termStatus=overdue')).json();
    const due = (await sup.get('/api/party-orgs/renewals?termStatus=dueSoon')).json();
    expect(overdue.total).toBeGreaterThan(3);
    expect(due.total).toBeGreaterThan(3);
    expect(overdue.total + due.total).toBeLessThan(tree.total / 2);
    const village = (await sup.get(`/api/party-orgs?q=${encodeURIComponent('柳树村')}`)).json().items[0];
    expect(village).toMatchObject({ kind: 'branch', category: 'rural', termLength: 5, firstSecretary: { origin: '市委组织部' } });
  });

  it('scopes the registry to a district liaison', async () => {
    const liaison = await fx.login('liaison');
    const mine = (await liaison.get('/api/party-orgs?pageSize=200')).json();
    expect(mine.total).toBeGreaterThan(5);
    expect(mine.items.every((o: { hostUnit: { name: string } }) => !['西城区', '南湖区'].includes(o.hostUnit.name))).toBe(true);
    const west = (await sup.get(`/api/party-orgs?q=${encodeURIComponent('西关社区')}`)).json().items[0];
    expect((await liaison.get(`/api/party-orgs/${west.id}`)).statusCode).toBe(404);
  });
});
