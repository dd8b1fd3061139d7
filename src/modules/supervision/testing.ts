/** Test helpers: tasks moved through the ledger's loop over HTTP, and notifications read back. */
import { notificationRecipients } from '../notifications/index.ts';
import type { AppContext } from '../../platform/context.ts';
import type { TestClient } from '../../../test/support/http.ts';
import { aTask } from '../../../test/support/factories.ts';

export interface TaskSpec {
  title: string;
  leadUnitId: number;
  deadline: string | null;
  sourceId?: number;
}

// The task steps are the shared factory's (test/support/factories.ts); these keep the spec shape the supervision tests read.
const spec = (s: TaskSpec) => ({ title: s.title, lead: s.leadUnitId, deadline: s.deadline, sourceId: s.sourceId });

export const draftTask = (sup: TestClient, s: TaskSpec) => aTask(sup, { ...spec(s), status: 'draft' });

export const dispatchedTask = (sup: TestClient, s: TaskSpec) => aTask(sup, { ...spec(s), status: 'dispatched' });

/** Acknowledged by the lead liaison, with one progress report. */
export const reportedTask = (sup: TestClient, liaison: TestClient, s: TaskSpec, report = '已完成排查摸底', percent = 40) =>
  aTask(sup, { ...spec(s), status: 'reported', liaison, report, percent });

export const signedOffTask = (sup: TestClient, liaison: TestClient, s: TaskSpec) => aTask(sup, { ...spec(s), status: 'signedOff', liaison });

/** Who got which supervision notifications, by username. */
export async function supervisionNotices(ctx: AppContext, taskId: number, kind: string) {
  const rows = await notificationRecipients(ctx.db, { type: 'task', id: taskId }, kind);
  return { users: rows.map((r) => r.username), rows };
}
