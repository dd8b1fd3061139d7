import type { DbOrTx } from '../../../platform/db/types.ts';
import { assessLight, lightFromThresholds, type LightReason } from '../domain/index.ts';
import { toLedgerTask, type TaskRow } from '../task-mapping.ts';
import { LIGHTFUL_STATUSES, taskRepo, type ListRow } from '../repo/tasks.ts';
import { lightRules } from './rules.ts';

export type Light = 'red' | 'yellow' | 'green' | null;

export function lightOf(row: Pick<TaskRow, 'status' | 'yellow_from' | 'red_from'>, today: string): Light {
  if (!LIGHTFUL_STATUSES.includes(row.status)) return null;
  return lightFromThresholds({ yellowFrom: row.yellow_from, redFrom: row.red_from }, today);
}

/**
 * List items: each task with its units, owner and source by id and name, its state, light (and why,
 * by `assessLight` as on the task itself) and deadline.
 */
export async function presentTasks(db: DbOrTx, rows: ListRow[], today: string) {
  const ids = rows.map((r) => r.id);
  const supporting = rows.every((r) => r.supporting_units) ? new Map(rows.map((r) => [r.id, r.supporting_units!])) : await taskRepo.supportingNamed(db, ids);
  const userIds = [...new Set(rows.flatMap((r) => [r.owner_id, r.liaison_id]).filter((x): x is number => x !== null))];
  const sourceIds = [...new Set(rows.map((r) => r.source_id).filter((x): x is number => x !== null))];
  const parentIds = [...new Set(rows.map((r) => r.parent_id).filter((x): x is number => x !== null))];
  // A page query joins the lead unit's name; rows read otherwise (one task, an export) look it up.
  const leadIds = [...new Set(rows.filter((r) => r.lead_unit_name === undefined && r.lead_unit_id !== null).map((r) => r.lead_unit_id!))];
  // A green light has no reason; the others' reasons (lagging, reportMissing too) need what the rules read: one query.
  const flagged = rows.filter((r) => (lightOf(r, today) ?? 'green') !== 'green').map((r) => r.id);
  const [{ units, users, sources, tasks }, rules, domainRows] = await Promise.all([
    taskRepo.namesOf(db, { units: leadIds, users: userIds, sources: sourceIds, tasks: parentIds }),
    lightRules(db),
    taskRepo.domainRows(db, flagged),
  ]);
  const reasons = (id: number): LightReason[] => {
    const d = domainRows.get(id);
    return d ? (assessLight(toLedgerTask(d, [], d.source_cycle), today, rules)?.reasons ?? []) : [];
  };
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const userName = new Map(users.map((u) => [u.id, u.name]));
  const source = new Map(sources.map((s) => [s.id, s]));
  const parentNumber = new Map(tasks.map((p) => [p.id, p.number]));
  return rows.map((r) => {
    const light = lightOf(r, today);
    return {
      id: r.id,
      number: r.number,
      title: r.title,
      state: r.state,
      status: r.status,
      light,
      lightReasons: reasons(r.id),
      deadline: r.deadline,
      deadlinePhrase: r.deadline_phrase,
      leadUnit: r.lead_unit_id === null ? null : { id: r.lead_unit_id, name: r.lead_unit_name ?? unitName.get(r.lead_unit_id) ?? '' },
      supportingUnits: supporting.get(r.id) ?? [],
      owner:
        r.owner_id !== null || r.owner_name ? { id: r.owner_id, name: (r.owner_id !== null ? userName.get(r.owner_id) : null) ?? r.owner_name ?? '' } : null,
      liaison:
        r.liaison_id !== null || r.liaison_name
          ? { id: r.liaison_id, name: (r.liaison_id !== null ? userName.get(r.liaison_id) : null) ?? r.liaison_name ?? '' }
          : null,
      category: r.category,
      key: r.key_task === 1,
      source: r.source_id === null ? null : { id: r.source_id, title: source.get(r.source_id)?.title ?? '', kind: source.get(r.source_id)?.kind ?? '' },
      parentId: r.parent_id,
      parentNumber: r.parent_id === null ? null : parentNumber.get(r.parent_id) || null,
      progress: r.progress,
      latestReport: r.latest_report,
      updatedAt: r.updated_at,
      version: r.version,
    };
  });
}

export type TaskItem = Awaited<ReturnType<typeof presentTasks>>[number];
