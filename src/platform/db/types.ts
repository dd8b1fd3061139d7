import type { Generated, Kysely, Transaction } from 'kysely';

/**
 * The whole schema as one interface. Each module adds its own tables by augmenting it
 * (`declare module '../../platform/db/types.ts' { interface Database { ... } }`), so a new
 * module drops in without editing this file.
 *
 * Portable column conventions: ids are integers; timestamps are UTC ISO-8601 text
 * (2026-11-25T06:30:00.000Z); dates are YYYY-MM-DD text; booleans are 0/1 integers;
 * JSON is text. The same values then round-trip identically on SQLite and PostgreSQL.
 */
export interface Database {
  units: UnitTable;
  unit_closure: UnitClosureTable;
  users: UserTable;
  roles: RoleTable;
  role_grants: RoleGrantTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  audit_log: AuditLogTable;
  settings: SettingTable;
  jobs: JobTable;
  files: FileTable;
}

export interface UnitTable {
  id: Generated<number>;
  parent_id: number | null;
  name: string;
  kind: string;
  level: number;
  sort_order: Generated<number>;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}
export interface UnitClosureTable {
  ancestor_id: number;
  descendant_id: number;
  depth: number;
}
export interface UserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  unit_id: number;
  phone: string | null;
  email: string | null;
  password_hash: string;
  status: Generated<'active' | 'disabled'>;
  failed_logins: Generated<number>;
  locked_until: string | null;
  password_changed_at: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}
export interface RoleTable {
  id: Generated<number>;
  code: string;
  name: string;
  permissions: string; // JSON array of permission codes
  data_scope: string;
  builtin: Generated<number>;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}
export interface RoleGrantTable {
  id: Generated<number>;
  user_id: number;
  role_id: number;
  unit_id: number;
  created_at: string;
}
export interface SessionTable {
  id: string;
  user_id: number;
  csrf_token: string;
  ip: string | null;
  user_agent: string | null;
  created_at: string;
  last_seen_at: string;
}
export interface ApiTokenTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: number | null;
  actor_name: string | null;
  ip: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: string | null;
  after: string | null;
  prev_hash: string;
  hash: string;
}
export interface SettingTable {
  key: string;
  value: string;
  updated_at: string;
}
export interface JobTable {
  id: Generated<number>;
  kind: string;
  dedupe_key: string | null;
  payload: Generated<string>;
  run_at: string;
  status: Generated<'queued' | 'running' | 'done' | 'failed'>;
  attempts: Generated<number>;
  locked_by: string | null;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

/** A stored file's record (platform/files): the content lives under DATA_DIR/files by its SHA-256. */
export interface FileTable {
  id: Generated<number>;
  sha256: string;
  name: string;
  mime: string;
  size: number;
  created_by: number | null;
  created_at: string;
}

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** Either the database or a transaction on it: every repo method accepts one. */
export type DbOrTx = Kysely<Database>;

export type DialectName = 'sqlite' | 'postgres';
