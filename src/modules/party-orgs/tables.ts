import type { Generated } from 'kysely';

/** 党组织: a party organization, its own tree (隶属关系) and the unit that hosts it. */
export interface PartyOrgTable {
  id: Generated<number>;
  name: string;
  kind: string;
  parent_id: number | null;
  host_unit_id: number;
  category: string;
  founded_on: string | null;
  secretary_name: string | null;
  secretary_user_id: number | null;
  secretary_background: string | null;
  /** JSON list of names. */
  committee_members: Generated<string>;
  member_count: Generated<number>;
  first_secretary_name: string | null;
  first_secretary_origin: string | null;
  first_secretary_from: string | null;
  first_secretary_to: string | null;
  term_start: string | null;
  /** Null: the default for the kind and category (domain/terms.ts, settings). */
  term_years: number | null;
  /** Derived: the term's end (start + length, or the last approved change); see service/terms.ts. */
  term_end: string | null;
  import_batch_id: number | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

/** 延期换届 / 提前换届: an approved change of a term's end. */
export interface PartyOrgTermChangeTable {
  id: Generated<number>;
  org_id: number;
  kind: string;
  ordinary_end: string;
  new_term_end: string;
  approved_by: string;
  reason: string;
  at: string;
  by: number | null;
}

/** A renewal reminder sent for one term end and threshold (6, 3, 1 months): sent once. */
export interface PartyOrgReminderSentTable {
  org_id: number;
  threshold: number;
  term_end: string;
  sent_at: string;
}

/** Ledger tasks that belong to an organization (renewal, rectification measure, look-back). */
export interface PartyOrgTaskTable {
  org_id: number;
  task_id: number;
  purpose: string;
}

/** A host unit known to the registry with its party category, for coverage figures. */
export interface PartyOrgUnitTable {
  unit_id: number;
  category: string;
  member_count: Generated<number>;
}

declare module '../../platform/db/types.ts' {
  interface Database {
    party_orgs: PartyOrgTable;
    party_org_term_changes: PartyOrgTermChangeTable;
    party_org_reminders_sent: PartyOrgReminderSentTable;
    party_org_tasks: PartyOrgTaskTable;
    party_org_units: PartyOrgUnitTable;
  }
}
