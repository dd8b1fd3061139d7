/** Test and bench helpers: loop dates and sources on generated tasks, and every figure of an answer checked against its list. */
import { sql, type Kysely } from 'kysely';
import { expect } from 'vitest';
import type { Database } from '../../platform/db/types.ts';
import { rebuildRollups } from '../ledger/index.ts';
import type { TestClient } from '../../../test/support/http.ts';

/**
 * bench/support/generate.ts writes states and deadlines only; give its tasks what the dashboard
 * reads too: a dispatch date for non-drafts, a sign-off date (some after the deadline) for signed
 * off tasks, and one of a few sources.
 */
export async function addLoopDates(db: Kysely<Database>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  const now = new Date().toISOString();
  const ids: number[] = [];
  for (const [kind, title] of [['speech', '全市组织工作会议讲话'], ['workPlan', '年度组织工作要点'], ['inspection', '巡察反馈问题整改']]) {
    const r = await db.insertInto('sources').values({ kind, title, date: '2026-01-05', issuer: null, file_id: null, reporting_cycle: null, created_by: null, created_at: now, updated_at: now }).returning('id').executeTakeFirstOrThrow();
    ids.push(r.id);
  }
  const day = (expr: string, offset: string) =>
    dialect === 'postgres' ? sql.raw(`to_char(date '2026-01-01' + (${offset})::int, 'YYYY-MM-DD')`) : sql.raw(`date('2026-01-01', '+' || (${offset}) || ' days')`);
  const plus = (offset: string) => (dialect === 'postgres' ? sql.raw(`to_char(deadline::date + (${offset})::int, 'YYYY-MM-DD')`) : sql.raw(`date(deadline, (${offset}) || ' days')`));
  await sql`update tasks set dispatched_on = ${day('', '(id * 37) % 180')}, source_id = case when id % 4 = 3 then null else ${ids[0]} + (id % 4) end where status <> 'draft'`.execute(db);
  await sql`update tasks set signed_off_on = ${plus('((id * 13) % 41) - 30')} where status = 'signedOff' and deadline is not null`.execute(db);
  // The dates changed behind the ledger's back: recount its counters from the tasks.
  await rebuildRollups(db);
  await sql`analyze`.execute(db);
}

interface Found {
  path: string;
  count: number;
  list: string;
}

/** Every `{ count, list }` in an answer, with where it sits. */
export function figuresIn(x: unknown, path = ''): Found[] {
  if (Array.isArray(x)) return x.flatMap((v, i) => figuresIn(v, `${path}[${i}]`));
  if (x === null || typeof x !== 'object') return [];
  const o = x as Record<string, unknown>;
  const here = typeof o.count === 'number' && typeof o.list === 'string' ? [{ path, count: o.count, list: o.list }] : [];
  return [...here, ...Object.entries(o).flatMap(([k, v]) => (k === 'items' ? [] : figuresIn(v, `${path}.${k}`)))];
}

/** Opens every figure's list and compares its total; returns how many were checked. */
export async function expectFiguresMatchLists(client: TestClient, answer: unknown): Promise<number> {
  const found = figuresIn(answer);
  const seen = new Map<string, number>();
  for (const f of found) {
    expect(f.list.startsWith('/api/tasks'), f.path).toBe(true);
    let total = seen.get(f.list);
    if (total === undefined) {
      const res = await client.get(`${f.list}${f.list.includes('?') ? '&' : '?'}pageSize=1`);
      expect(res.statusCode, `${f.path} ${f.list} ${res.body}`).toBe(200);
      total = res.json().total as number;
      seen.set(f.list, total);
    }
    expect(f.count, `${f.path}: ${f.list}`).toBe(total);
  }
  return found.length;
}
