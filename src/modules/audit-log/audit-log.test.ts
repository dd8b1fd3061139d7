// The auditor's list in words (issue #9): labels, not codes; statuses, names and titles, not ids.
import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../test/support/db.ts';
import { withCityApp } from '../../../test/support/city-app.ts';
import type { TestClient } from '../../../test/support/http.ts';
import { aTask } from '../../../test/support/factories.ts';
import { AUDIT_FIELDS } from '../../platform/audit/index.ts';

interface Change {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
  changed: boolean;
}
interface Row {
  action: string;
  entity: string;
  entityId: string | null;
  actionLabel: string;
  entityLabel: string;
  entityTitle: string | null;
  actorName: string | null;
  actorUnit: string | null;
  changes: Change[];
}

describe.each(dialects)('the audit log in words on %s', (dialect) => {
  const fx = withCityApp(dialect);
  let auditor: TestClient;
  let taskId: number;

  beforeAll(async () => {
    const sup = await fx.login('supervisor');
    const east = await fx.login('liaison-east');
    taskId = await aTask(sup, {
      title: '推进社区网格化管理',
      lead: fx.city.units.east,
      supporting: [fx.city.units.west],
      deadline: '2026-12-31',
      status: 'signedOff',
      liaison: east,
    });
    auditor = await fx.login('auditor');
  });

  const rows = async (query: string, lang = 'zh-CN'): Promise<Row[]> => {
    const res = await auditor.get(`/api/audit?pageSize=50&${query}`, { 'accept-language': lang });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items;
  };

  it('names the action, the record, the person and their unit in Chinese', async () => {
    const items = await rows(`entity=task&entityId=${taskId}`);
    const signOff = items.find((r) => r.action === 'task.signOff')!;
    expect(signOff).toMatchObject({ actionLabel: '销号', entityLabel: '任务', entityTitle: '推进社区网格化管理', actorUnit: '市委组织部' });
    expect(items.find((r) => r.action === 'task.dispatch')!.actionLabel).toBe('下达');
    const state = signOff.changes.find((c) => c.field === 'state')!;
    expect(state).toMatchObject({ label: '状态', before: '申请销号', after: '已销号', changed: true });
  });

  it('shows the units a task names by name, not id', async () => {
    const created = (await rows(`entity=task&entityId=${taskId}&action=create`))[0];
    const byField = Object.fromEntries(created.changes.map((c) => [c.field, c]));
    expect(byField.leadUnitId).toMatchObject({ label: '牵头单位', after: '东城区' });
    expect(byField.supportingUnitIds).toMatchObject({ label: '配合单位', after: '西城区' });
    expect(byField.deadline).toMatchObject({ label: '完成时限', after: '2026-12-31' });
  });

  it('speaks English when asked', async () => {
    const signOff = (await rows(`entity=task&entityId=${taskId}&action=task.signOff`, 'en-US'))[0];
    expect(signOff).toMatchObject({ actionLabel: 'Signed off', entityLabel: 'Task', entityTitle: '推进社区网格化管理' });
    expect(signOff.changes.find((c) => c.field === 'state')).toMatchObject({ label: 'Status', before: 'Sign-off requested', after: 'Signed off' });
  });

  it('gives every field written on the way a label in both languages', async () => {
    for (const lang of ['zh-CN', 'en-US']) {
      for (const r of await rows('', lang)) {
        expect(r.actionLabel, `${r.action} in ${lang}`).not.toBe(r.action);
        expect(r.entityLabel, `${r.entity} in ${lang}`).not.toBe(r.entity);
        for (const c of r.changes) expect(AUDIT_FIELDS as readonly string[], `${r.action} ${c.field}`).toContain(c.field);
      }
    }
  });
});
