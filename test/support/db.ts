import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig } from '../../src/platform/config.ts';
import { createDb } from '../../src/platform/db/index.ts';
import { openContext } from '../../src/platform/boot.ts';
import { FakeClock } from '../../src/platform/clock.ts';
import type { AppContext } from '../../src/platform/context.ts';
import type { LuoshiModule } from '../../src/platform/module.ts';
import type { DialectName } from '../../src/platform/db/types.ts';
import { modules as allModules } from '../../src/modules/index.ts';

/** The databases the data-layer tests run on: DIALECTS=sqlite,postgres (the default) or either alone. */
export const dialects: DialectName[] = selectedDialects(process.env.DIALECTS);

export function selectedDialects(value: string | undefined): DialectName[] {
  const names = (value ?? 'sqlite,postgres')
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
  const unknown = names.filter((d) => d !== 'sqlite' && d !== 'postgres');
  if (unknown.length || !names.length) throw new Error(`DIALECTS: expected sqlite and/or postgres, got "${value}"`);
  return names as DialectName[];
}

let adminUrl: Promise<string> | undefined;
/** The shared PostgreSQL server's admin URL, asked of the global setup once per worker (it starts the server on first ask). */
function pgAdminUrl(): Promise<string> {
  adminUrl ??= fetch(inject('pgBroker')).then(async (res) => {
    const body = await res.text();
    if (!res.ok) throw new Error(body);
    return body;
  });
  return adminUrl;
}

export interface TestDb {
  url?: string;
  sqliteFile?: string;
  drop(): Promise<void>;
}

/** An isolated database: a temp SQLite file, or a fresh PostgreSQL database on the shared server (`migrated`: a copy of the migrated template). */
export async function createTestDb(dialect: DialectName, opts: { migrated?: boolean } = {}): Promise<TestDb> {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-test-'));
    return { sqliteFile: path.join(dir, 'luoshi.db'), drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const admin = await pgAdminUrl();
  const name = `t_${crypto.randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(opts.migrated ? `create database ${name} template ${await migratedTemplate()}` : `create database ${name}`);
  } finally {
    await client.end();
  }
  const u = new URL(admin);
  u.pathname = `/${name}`;
  const url = u.toString();
  return {
    url,
    drop: async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

/** The migrations' sources: a template made from other migrations (a reused TEST_DATABASE_URL server) is not reused. */
function migrationsHash(): string {
  const h = crypto.createHash('sha256');
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (path.basename(dir) === 'migrations' && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
        h.update(p.slice(root.length)).update(fs.readFileSync(p));
    }
  };
  walk(path.join(root, 'src'));
  return h.digest('hex').slice(0, 12);
}

let template: Promise<string> | undefined;
/**
 * A PostgreSQL database migrated for every module, made once per run (under an advisory lock, so
 * workers make it once between them): a suite's database is then a copy of it (CREATE DATABASE …
 * TEMPLATE), which takes a tenth of migrating afresh. Only the default module set uses it.
 */
function migratedTemplate(): Promise<string> {
  template ??= (async () => {
    const admin = await pgAdminUrl();
    const name = `tpl_${migrationsHash()}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query('select pg_advisory_lock(724061)');
      const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
      if (!exists.rowCount) {
        const building = `${name}_b${crypto.randomBytes(3).toString('hex')}`;
        await client.query(`create database ${building}`);
        const u = new URL(admin);
        u.pathname = `/${building}`;
        const dbh = createDb({ postgresUrl: u.toString(), poolSize: 1 });
        const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-tpl-'));
        try {
          const silent = { info() {}, warn() {}, error() {} };
          await openContext({
            config: { ...loadConfig({ DATA_DIR: dataDir }), databaseUrl: u.toString() },
            dbh,
            clock: new FakeClock(new Date('2026-07-01T02:00:00.000Z')),
            modules: allModules,
            log: silent,
          });
        } finally {
          await dbh.close();
          fs.rmSync(dataDir, { recursive: true, force: true });
        }
        // Published whole or not at all: a copy never starts from a half-migrated template.
        await client.query(`alter database ${building} rename to ${name}`);
      }
    } finally {
      await client.query('select pg_advisory_unlock(724061)').catch(() => undefined);
      await client.end();
    }
    return name;
  })();
  template.catch(() => (template = undefined));
  return template;
}

export interface TestContext {
  ctx: AppContext;
  clock: FakeClock;
  close(): Promise<void>;
}

/** A migrated context on a fresh database with a fake clock (default 2026-07-01 10:00 Beijing). */
export async function openTestContext(dialect: DialectName, opts: { modules?: LuoshiModule[]; now?: string } = {}): Promise<TestContext> {
  // The default modules' database starts as a copy of the migrated template; openContext then finds nothing to migrate.
  const tdb = await createTestDb(dialect, { migrated: !opts.modules });
  const clock = new FakeClock(new Date(opts.now ?? '2026-07-01T02:00:00.000Z'));
  const dataDir = tdb.sqliteFile ? path.dirname(tdb.sqliteFile) : fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-data-'));
  const config = { ...loadConfig({ DATA_DIR: dataDir }), databaseUrl: tdb.url ?? '' };
  const dbh = createDb(tdb.url ? { postgresUrl: tdb.url, poolSize: 4 } : { sqliteFile: tdb.sqliteFile! });
  const silent = { info() {}, warn() {}, error() {} };
  const ctx = await openContext({ config, dbh, clock, modules: opts.modules ?? allModules, log: silent });
  return {
    ctx,
    clock,
    close: async () => {
      await dbh.close();
      await tdb.drop();
    },
  };
}
