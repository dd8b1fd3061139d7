import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { affectedBy, keys } from './keys';

/** Which of the given cached queries a live event about `entity` marks stale. */
async function invalidatedBy(entity: string | null, cached: readonly (readonly unknown[])[]): Promise<string[]> {
  const client = new QueryClient();
  for (const key of cached) client.setQueryData(key, 1);
  for (const queryKey of affectedBy(entity)) await client.invalidateQueries({ queryKey, refetchType: 'none' });
  return client
    .getQueryCache()
    .getAll()
    .filter((q) => q.state.isInvalidated)
    .map((q) => JSON.stringify(q.queryKey));
}

const cached = [
  keys.units.tree(),
  keys.tasks.list('status=draft'),
  keys.tasks.reports(7),
  keys.tasks.summary({}),
  keys.myWork.all,
  keys.dashboard.overview({ from: '2026-01-01' }),
  keys.notifications.unreadCount(),
  keys.problems.counts('{}'),
  keys.tokens.all,
  keys.partyOrgs.list('termStatus=overdue'),
  keys.partyOrgs.section('weakLaxDetail', { id: 1 }),
];

describe('live events invalidate the cached queries they affect', () => {
  it('a task event reaches the ledger lists, a task’s reports, my work, the dashboard and the bell, not the unit tree', async () => {
    const hit = await invalidatedBy('task', cached);
    for (const key of [
      keys.tasks.list('status=draft'),
      keys.tasks.reports(7),
      keys.tasks.summary({}),
      keys.myWork.all,
      keys.dashboard.overview({ from: '2026-01-01' }),
      keys.notifications.unreadCount(),
    ]) {
      expect(hit).toContain(JSON.stringify(key));
    }
    expect(hit).not.toContain(JSON.stringify(keys.units.tree()));
    expect(hit).not.toContain(JSON.stringify(keys.tokens.all));
  });

  it('a unit event reaches the shared unit tree; a problem event the problem counts', async () => {
    expect(await invalidatedBy('unit', cached)).toContain(JSON.stringify(keys.units.tree()));
    expect(await invalidatedBy('problem', cached)).toContain(JSON.stringify(keys.problems.counts('{}')));
    expect(await invalidatedBy('problem', cached)).not.toContain(JSON.stringify(keys.units.tree()));
  });

  it('a party organization event reaches its pages and the dashboard; a task event its measures and renewal tasks', async () => {
    const hit = await invalidatedBy('partyOrg', cached);
    expect(hit).toContain(JSON.stringify(keys.partyOrgs.list('termStatus=overdue')));
    expect(hit).toContain(JSON.stringify(keys.partyOrgs.section('weakLaxDetail', { id: 1 })));
    expect(hit).toContain(JSON.stringify(keys.dashboard.overview({ from: '2026-01-01' })));
    expect(hit).not.toContain(JSON.stringify(keys.units.tree()));
    expect(await invalidatedBy('task', cached)).toContain(JSON.stringify(keys.partyOrgs.section('weakLaxDetail', { id: 1 })));
  });

  it('a catch-up after a gap (null) invalidates everything', async () => {
    expect(await invalidatedBy(null, cached)).toHaveLength(cached.length);
  });
});
