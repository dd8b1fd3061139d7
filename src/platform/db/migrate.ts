import { Migrator, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import type { Db } from './types.ts';

/** All migrations: the foundation's plus each module's, run in name (timestamp) order. */
export class ListMigrationProvider implements MigrationProvider {
  constructor(private readonly migrations: Record<string, Migration>) {}
  async getMigrations() {
    return this.migrations;
  }
}

export async function migrateToLatest(db: Db, migrations: Record<string, Migration>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new ListMigrationProvider(migrations) });
  return report(await migrator.migrateToLatest());
}

export async function migrateDownAll(db: Db, migrations: Record<string, Migration>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new ListMigrationProvider(migrations) });
  const { NO_MIGRATIONS } = await import('kysely');
  return report(await migrator.migrateTo(NO_MIGRATIONS));
}

function report({ error, results }: MigrationResultSet): string[] {
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const where = failed ? ` in migration ${failed.migrationName}` : '';
    throw new Error(`migration failed${where}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).map((r) => r.migrationName);
}
