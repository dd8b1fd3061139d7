import type { Generated } from 'kysely';

/** 认定标准: one criterion of the dictionary, grouped by category. */
export interface WeakLaxCriterionTable {
  id: Generated<number>;
  code: string;
  category: string;
  name: string;
  position: number;
  active: Generated<number>;
}

/** 排查: the criteria an organization met in a year (JSON list of codes). */
export interface WeakLaxScreeningTable {
  id: Generated<number>;
  org_id: number;
  year: number;
  criteria: Generated<string>;
  screened_by: number | null;
  screened_at: string;
  version: Generated<number>;
}

/** 认定 and what followed: status designated | rectifying | watched | closed (domain/weak-lax.ts). */
export interface WeakLaxDesignationTable {
  id: Generated<number>;
  org_id: number;
  year: number;
  status: string;
  contact_leader: string;
  first_secretary: string | null;
  plan: string | null;
  accepted_on: string | null;
  look_back_on: string | null;
  designated_by: number | null;
  designated_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface WeakLaxAcceptanceTable {
  id: Generated<number>;
  designation_id: number;
  score: number;
  pass_score: number;
  passed: number;
  file_ids: Generated<string>;
  accepted_on: string;
  accepted_by: number | null;
  created_at: string;
}

export interface WeakLaxLookBackTable {
  id: Generated<number>;
  designation_id: number;
  outcome: string;
  decided_by: number | null;
  created_at: string;
}

/** A designation's ledger tasks: purpose measure | lookBack. */
export interface WeakLaxTaskTable {
  designation_id: number;
  task_id: number;
  purpose: string;
}

export interface StandardTemplateTable {
  id: Generated<number>;
  category: string;
  name: string;
  /** JSON [{ key, text }] */
  items: string;
  updated_at: string;
  version: Generated<number>;
}

export interface StandardAssessmentTable {
  id: Generated<number>;
  org_id: number;
  year: number;
  template_id: number;
  met: Generated<string>;
  file_ids: Generated<string>;
  met_count: number;
  item_count: number;
  score: number;
  assessed_by: number | null;
  assessed_at: string;
  version: Generated<number>;
}

export interface LiaisonPointTable {
  id: Generated<number>;
  committee_id: number;
  branch_id: number;
  secretary_name: string;
  created_by: number | null;
  created_at: string;
}

export interface CollectiveIncomeTable {
  org_id: number;
  year: number;
  income: number;
  updated_by: number | null;
  updated_at: string;
  version: Generated<number>;
}

declare module '../../platform/db/types.ts' {
  interface Database {
    weak_lax_criteria: WeakLaxCriterionTable;
    weak_lax_screenings: WeakLaxScreeningTable;
    weak_lax_designations: WeakLaxDesignationTable;
    weak_lax_acceptances: WeakLaxAcceptanceTable;
    weak_lax_look_backs: WeakLaxLookBackTable;
    weak_lax_tasks: WeakLaxTaskTable;
    standard_templates: StandardTemplateTable;
    standard_assessments: StandardAssessmentTable;
    liaison_points: LiaisonPointTable;
    collective_incomes: CollectiveIncomeTable;
  }
}
