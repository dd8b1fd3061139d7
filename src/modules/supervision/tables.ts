import type { Generated } from 'kysely';

/** An automatic reminder sent: one row per (task, colour, day it turned that colour). */
export interface ReminderSentTable {
  id: Generated<number>;
  task_id: number;
  light: string;
  since: string;
  recipients: number;
  created_at: string;
}
/** A manual 催办: at most one per task, sender and day (the unique key is the rate limit). */
export interface ManualReminderTable {
  id: Generated<number>;
  task_id: number;
  sender_id: number;
  day: string;
  message: string | null;
  recipients: number;
  created_at: string;
}
export interface SupervisionCounterTable {
  year: number;
  seq: number;
}
export interface SupervisionNoticeTable {
  id: Generated<number>;
  year: number;
  seq: number;
  /** As printed (X组督〔2026〕1号); null only if written by code older than the column. */
  number: string | null;
  task_id: number;
  unit_id: number;
  requirements: string;
  due_by: string | null;
  issued_by: number;
  issued_at: string;
  file_id: number | null;
}
export interface LookBackTable {
  id: Generated<number>;
  scope: string;
  source_id: number | null;
  percent: number | null;
  note: string | null;
  /** Drew the sample; kept so the draw can be re-derived. */
  seed: string;
  candidates: number;
  /** The day the look-back is held (YYYY-MM-DD); null for those scheduled before it could be chosen (their creation day). */
  scheduled_on: string | null;
  /** The units' answer deadline (YYYY-MM-DD), if one was set. */
  due_on: string | null;
  created_by: number;
  created_at: string;
}
export interface LookBackCheckTable {
  id: Generated<number>;
  look_back_id: number;
  task_id: number;
  decision: string | null;
  reason: string | null;
  deadline: string | null;
  decided_by: number | null;
  decided_at: string | null;
}

declare module '../../platform/db/types.ts' {
  interface Database {
    reminders_sent: ReminderSentTable;
    manual_reminders: ManualReminderTable;
    supervision_counters: SupervisionCounterTable;
    supervision_notices: SupervisionNoticeTable;
    look_backs: LookBackTable;
    look_back_checks: LookBackCheckTable;
  }
}
