import type { Generated } from 'kysely';

export interface SourceTable {
  id: Generated<number>;
  kind: string;
  title: string;
  date: string | null;
  issuer: string | null;
  text: Generated<string>;
  file_id: number | null;
  reporting_cycle: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}
export interface TaskTable {
  id: Generated<number>;
  source_id: number | null;
  source_start: number | null;
  source_end: number | null;
  parent_id: number | null;
  number: Generated<string>;
  sort_key: Generated<string>;
  title: string;
  description: Generated<string>;
  measures: Generated<string>;
  lead_unit_id: number | null;
  owner_id: number | null;
  owner_name: string | null;
  liaison_id: number | null;
  liaison_name: string | null;
  deadline: string | null;
  deadline_sort: Generated<string>;
  deadline_phrase: string | null;
  deadline_history: Generated<string>;
  milestones: Generated<string>;
  category: Generated<string>;
  key_task: Generated<number>;
  tags: Generated<string>;
  reporting_cycle: string | null;
  state: string;
  status: string;
  yellow_from: Generated<string>;
  red_from: Generated<string>;
  dispatched_on: string | null;
  acknowledged_on: string | null;
  last_report_on: string | null;
  reopened_on: string | null;
  signed_off_on: string | null;
  cancelled_on: string | null;
  sign_off_request: string | null;
  sign_off_return: string | null;
  extension_request: string | null;
  progress: Generated<number>;
  latest_report: string | null;
  import_batch_id: number | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}
export interface TaskUnitTable {
  task_id: number;
  unit_id: number;
}
export interface ProgressReportTable {
  id: Generated<number>;
  task_id: number;
  unit_id: number;
  author_id: number | null;
  kind: Generated<string>;
  text: string;
  percent: number | null;
  milestone: number | null;
  file_ids: Generated<string>;
  review: Generated<string>;
  review_comment: string | null;
  reviewed_by: number | null;
  reviewed_at: string | null;
  created_at: string;
}
export interface LedgerRollupTable {
  unit_id: number;
  part: string;
  status: string;
  yellow_from: string;
  red_from: string;
  count: number;
}
export interface LedgerCountTable {
  unit_id: number;
  part: string;
  status: string;
  count: number;
}
export interface LedgerDayCountTable {
  unit_id: number;
  kind: string;
  day: string;
  count: number;
}
export interface LedgerSourceCountTable {
  unit_id: number;
  source_id: number;
  status: string;
  red_from: string;
  count: number;
}
export interface InstructionTable {
  id: Generated<number>;
  target_kind: string;
  task_id: number | null;
  source_id: number | null;
  figure_key: string | null;
  figure_label: string | null;
  /** A figure's scope: the unit whose dashboard showed it; null for the whole city. */
  figure_unit_id: Generated<number | null>;
  text: string;
  author_id: number | null;
  author_name: string;
  unit_id: number | null;
  unit_name: string | null;
  converted_source_id: number | null;
  created_at: string;
}
export interface SavedViewTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  query: string;
  columns: Generated<string>;
  created_at: string;
}

declare module '../../platform/db/types.ts' {
  interface Database {
    sources: SourceTable;
    tasks: TaskTable;
    task_units: TaskUnitTable;
    progress_reports: ProgressReportTable;
    ledger_rollups: LedgerRollupTable;
    ledger_counts: LedgerCountTable;
    ledger_day_counts: LedgerDayCountTable;
    ledger_source_counts: LedgerSourceCountTable;
    saved_views: SavedViewTable;
    instructions: InstructionTable;
  }
}
