import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createDb } from './index.ts';
import { migrateDownAll, migrateToLatest } from './migrate.ts';
import { allMigrations } from '../boot.ts';
import { modules } from '../../modules/index.ts';
import { createTestDb, dialects } from '../../../test/support/db.ts';

describe.each(dialects)('migrations on %s', (dialect) => {
  it('run all the way up, down, and up again', async () => {
    const tdb = await createTestDb(dialect);
    const dbh = createDb(tdb.url ? { postgresUrl: tdb.url } : { sqliteFile: tdb.sqliteFile! });
    try {
      const migrations = allMigrations(modules);
      const up = await migrateToLatest(dbh.db, migrations);
      expect(up).toEqual(Object.keys(migrations).sort());
      const tables = (await dbh.db.introspection.getTables()).map((t) => t.name);
      expect(tables).toEqual(expect.arrayContaining(['units', 'unit_closure', 'users', 'roles', 'role_grants', 'sessions', 'api_tokens', 'audit_log', 'jobs']));
      const down = await migrateDownAll(dbh.db, migrations);
      expect(down.length).toBe(up.length);
      expect((await dbh.db.introspection.getTables()).map((t) => t.name)).not.toContain('units');
      expect(await migrateToLatest(dbh.db, migrations)).toEqual(up);
      await sql`select count(*) from units`.execute(dbh.db);
    } finally {
      await dbh.close();
      await tdb.drop();
    }
  });
});
