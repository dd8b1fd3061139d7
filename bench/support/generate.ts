/**
 * Generates a city of `units` units (a four-level tree) and `tasks` tasks directly in SQL, so a
 * million rows take seconds, not the hours the HTTP API would. Light thresholds and roll-up
 * counters are derived the same way the ledger's rules do for a task with no milestones or cycle.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/platform/db/types.ts';
import { rebuildRollups } from '../../src/modules/ledger/repo/rollups.ts';

export interface Generated {
  rootId: number;
  districtIds: number[];
}

const STATUSES = ['dispatched', 'acknowledged', 'inProgress', 'inProgress', 'inProgress', 'signOffRequested', 'signedOff', 'signedOff', 'returned', 'draft'];
const LIGHTFUL = new Set(['dispatched', 'acknowledged', 'inProgress', 'reopened', 'returned', 'extensionRequested']);

export async function generateCity(db: Kysely<Database>, dialect: 'sqlite' | 'postgres', units: number, tasks: number): Promise<Generated> {
  const now = new Date().toISOString();
  // 1 city, 16 districts, streets and communities so that the total is `units`.
  const districts = 16;
  const streetsPer = 12;
  const communitiesPer = Math.max(1, Math.floor((units - 1 - districts - districts * streetsPer) / (districts * streetsPer)));
  const rows: { id: number; parent_id: number | null; name: string; kind: string; level: number }[] = [
    { id: 1, parent_id: null, name: '市', kind: 'city', level: 1 },
  ];
  let id = 1;
  const districtIds: number[] = [];
  for (let d = 0; d < districts; d++) {
    const did = ++id;
    districtIds.push(did);
    rows.push({ id: did, parent_id: 1, name: `区${d}`, kind: 'district', level: 2 });
    for (let s = 0; s < streetsPer; s++) {
      const sid = ++id;
      rows.push({ id: sid, parent_id: did, name: `街道${d}-${s}`, kind: 'street', level: 3 });
      for (let c = 0; c < communitiesPer; c++) rows.push({ id: ++id, parent_id: sid, name: `社区${d}-${s}-${c}`, kind: 'community', level: 4 });
    }
  }
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('units')
      .values(rows.slice(i, i + 500).map((r) => ({ ...r, created_at: now, updated_at: now })))
      .execute();
  }
  if (dialect === 'postgres') await sql`select setval('units_id_seq', ${id})`.execute(db);
  await db
    .insertInto('unit_closure')
    .columns(['ancestor_id', 'descendant_id', 'depth'])
    .expression((eb) => eb.selectFrom('units').select(['id', 'id', sql<number>`0`.as('depth')]))
    .execute();
  for (let depth = 1; depth <= 3; depth++) {
    await sql`insert into unit_closure (ancestor_id, descendant_id, depth)
      select c.ancestor_id, u.id, c.depth + 1 from units u join unit_closure c on c.descendant_id = u.parent_id and c.depth = ${depth - 1}`.execute(db);
  }
  const unitCount = id;

  // Tasks: lead unit, status and deadline spread pseudo-randomly but reproducibly by n. 退回 is a status,
  // not a stored state: a returned task is in progress (domain/states.ts).
  const statusCase = sql.raw(`case ${STATUSES.map((s, i) => `when n % ${STATUSES.length} = ${i} then '${s}'`).join(' ')} end`);
  // Deadlines as ledgers have them: mostly month and quarter ends (年底前, 6月底前, 三季度末), some any day.
  const deadline =
    dialect === 'postgres'
      ? sql`case when n % 10 = 0 then to_char(date '2026-01-01' + ((n * 7919) % 730)::int, 'YYYY-MM-DD')
             else to_char(date_trunc('month', date '2026-01-01' + (((n * 31) % 24) || ' months')::interval) + interval '1 month' - interval '1 day', 'YYYY-MM-DD') end`
      : sql`case when n % 10 = 0 then date('2026-01-01', '+' || ((n * 7919) % 730) || ' days')
             else date('2026-01-01', '+' || ((n * 31) % 24 + 1) || ' months', '-1 day') end`;
  const unit = sql`(2 + (n * 104729) % ${unitCount - 1})`;
  const series =
    dialect === 'postgres'
      ? sql`select generate_series(1::bigint, ${tasks}::bigint) as n`
      : sql`with recursive seq(n) as (select 1 union all select n + 1 from seq where n < ${tasks}) select n from seq`;
  await sql`insert into tasks (title, lead_unit_id, deadline, deadline_sort, state, status, category, created_at, updated_at)
    select '任务' || n, ${unit}, d, d, case when s = 'returned' then 'inProgress' else s end, s, 'task', ${now}, ${now}
    from (select n, ${deadline} as d, ${statusCase} as s from (${series}) seq) g`.execute(db);
  const lightful = sql.join([...LIGHTFUL].map((s) => sql`${s}`));
  const minus10 = dialect === 'postgres' ? sql`to_char(deadline::date - 10, 'YYYY-MM-DD')` : sql`date(deadline, '-10 days')`;
  const plus1 = dialect === 'postgres' ? sql`to_char(deadline::date + 1, 'YYYY-MM-DD')` : sql`date(deadline, '+1 day')`;
  await sql`update tasks set yellow_from = ${minus10}, red_from = ${plus1} where status in (${lightful})`.execute(db);
  await rebuildRollups(db);
  await sql`analyze`.execute(db);
  return { rootId: 1, districtIds };
}

/**
 * bench/support/generate.ts writes states and deadlines only; give its tasks what the dashboard
 * reads too: a dispatch date for non-drafts, a sign-off date (some after the deadline) for signed
 * off tasks, and one of a few sources.
 */
export async function addLoopDates(db: Kysely<Database>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  const now = new Date().toISOString();
  const ids: number[] = [];
  for (const [kind, title] of [
    ['speech', '全市组织工作会议讲话'],
    ['workPlan', '年度组织工作要点'],
    ['inspection', '巡察反馈问题整改'],
  ]) {
    const r = await db
      .insertInto('sources')
      .values({ kind, title, date: '2026-01-05', issuer: null, file_id: null, reporting_cycle: null, created_by: null, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(r.id);
  }
  const day = (expr: string, offset: string) =>
    dialect === 'postgres'
      ? sql.raw(`to_char(date '2026-01-01' + (${offset})::int, 'YYYY-MM-DD')`)
      : sql.raw(`date('2026-01-01', '+' || (${offset}) || ' days')`);
  const plus = (offset: string) =>
    dialect === 'postgres' ? sql.raw(`to_char(deadline::date + (${offset})::int, 'YYYY-MM-DD')`) : sql.raw(`date(deadline, (${offset}) || ' days')`);
  await sql`update tasks set dispatched_on = ${day('', '(id * 37) % 180')}, source_id = case when id % 4 = 3 then null else ${ids[0]} + (id % 4) end where status <> 'draft'`.execute(
    db,
  );
  await sql`update tasks set signed_off_on = ${plus('((id * 13) % 41) - 30')} where status = 'signedOff' and deadline is not null`.execute(db);
  // The dates changed behind the ledger's back: recount its counters from the tasks.
  await rebuildRollups(db);
  await sql`analyze`.execute(db);
}
