import type { Generated } from 'kysely';

export interface BriefingTable {
  id: Generated<number>;
  title: string;
  unit_id: number | null;
  period_from: string;
  period_to: string;
  status: string;
  content: string;
  version: Generated<number>;
  created_by: number;
  created_at: string;
  updated_at: string;
  issued_by: number | null;
  issued_at: string | null;
}

declare module '../../platform/db/types.ts' {
  interface Database {
    briefings: BriefingTable;
  }
}
