import type { Migration } from 'kysely';
import * as foundation from './20261125-0001-foundation.ts';
import * as files from './20261125-0002-files.ts';

/** The foundation's migrations (the files table is the platform's too: platform/files). Modules bring their own through LuoshiModule.migrations. */
export const foundationMigrations: Record<string, Migration> = {
  '20261125-0001-foundation': foundation,
  '20261125-0002-files': files,
};
