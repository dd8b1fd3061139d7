import type { Generated } from 'kysely';

/** A problem found by an inspection, a special check or a look-back, tracked to rectification. */
export interface ProblemTable {
  id: Generated<number>;
  source_kind: string;
  source_title: string;
  source_id: number | null;
  task_id: number | null;
  look_back_check_id: number | null;
  finding: string;
  category: string;
  severity: string;
  unit_id: number;
  found_on: string | null;
  deadline: string;
  /** Sum of the measures' versions when accepted (验收); see domain/status.ts. */
  accepted_mark: number | null;
  accepted_at: string | null;
  accepted_by: number | null;
  acceptance_comment: string | null;
  acceptance_file_ids: Generated<string>;
  refused_mark: number | null;
  refused_at: string | null;
  refused_by: number | null;
  refusal_reason: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

/** 整改措施: each measure is a ledger task (category 'problem'); this links it to its problem. */
export interface ProblemMeasureTable {
  problem_id: number;
  task_id: number;
  position: number;
}

declare module '../../platform/db/types.ts' {
  interface Database {
    problems: ProblemTable;
    problem_measures: ProblemMeasureTable;
  }
}
