import type { Generated } from 'kysely';

export interface NotificationTable {
  id: Generated<number>;
  user_id: number;
  kind: string;
  /** What the notification opens: a task, a source, a problem, a party organization… (no FK: any module's row). */
  link_type: string | null;
  link_id: number | null;
  title: string;
  body: Generated<string>;
  created_at: string;
  read_at: string | null;
}

declare module '../../platform/db/types.ts' {
  interface Database {
    notifications: NotificationTable;
  }
}
