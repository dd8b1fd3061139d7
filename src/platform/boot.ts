import type { Migration } from 'kysely';
import { loadConfig, sqlitePath, type Config } from './config.ts';
import { createDb, type DbHandle } from './db/index.ts';
import { migrateToLatest } from './db/migrate.ts';
import { systemClock, type Clock } from './clock.ts';
import { LocalEventBus } from './events/index.ts';
import { makeContext, type AppContext, type Logger } from './context.ts';
import type { LuoshiModule } from './module.ts';
import { addMessages } from './i18n/index.ts';
import { commonMessages } from './i18n/common.ts';
import { foundationMigrations } from '../migrations/index.ts';
import { syncBuiltinRoles } from './access/sync-roles.ts';
import { AuditKeyPlugin, resolveAuditKey } from './audit/index.ts';

export const consoleLogger: Logger = {
  info: (o, m) => console.log(m ?? o),
  warn: (o, m) => console.warn(m ?? o),
  error: (o, m) => console.error(m ?? o, m ? o : ''),
};

export function allMigrations(modules: LuoshiModule[]): Record<string, Migration> {
  const all: Record<string, Migration> = { ...foundationMigrations };
  for (const m of modules) {
    for (const [name, migration] of Object.entries(m.migrations ?? {})) {
      if (all[name]) throw new Error(`two migrations are named ${name}`);
      all[name] = migration;
    }
  }
  return all;
}

export interface OpenOptions {
  config?: Config;
  clock?: Clock;
  log?: Logger;
  modules: LuoshiModule[];
  /** Open an existing database handle instead of the configured one (tests). */
  dbh?: DbHandle;
  migrate?: boolean;
}

/** Opens the database, applies migrations, syncs built-in roles: the state every command starts from. */
export async function openContext(opts: OpenOptions): Promise<AppContext> {
  const config = opts.config ?? loadConfig();
  const dbh = opts.dbh ?? createDb(config.databaseUrl.startsWith('postgres') ? { postgresUrl: config.databaseUrl } : { sqliteFile: sqlitePath(config)! });
  addMessages(commonMessages);
  for (const m of opts.modules) if (m.messages) addMessages(m.messages);
  const log = opts.log ?? consoleLogger;
  // The audit key rides on the handle's Kysely instance (see AuditKeyPlugin).
  const keyed = { ...dbh, db: dbh.db.withPlugin(new AuditKeyPlugin(resolveAuditKey(config))) };
  const ctx = makeContext({
    config,
    dbh: keyed,
    clock: opts.clock ?? systemClock,
    events: new LocalEventBus((err, e) => log.error({ err, event: e.type }, 'event handler failed')),
    log,
    modules: opts.modules,
  });
  if (opts.migrate !== false) {
    await migrateToLatest(ctx.db, allMigrations(opts.modules));
    await syncBuiltinRoles(ctx.db, opts.modules, ctx.clock.now());
  }
  return ctx;
}
