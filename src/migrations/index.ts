import type { Migration } from 'kysely';
import * as foundation from './20261125-0001-foundation.ts';

/** The foundation's migrations. Modules bring their own through LuoshiModule.migrations. */
export const foundationMigrations: Record<string, Migration> = {
  '20261125-0001-foundation': foundation,
};
