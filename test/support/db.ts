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
  const names = (value ?? 'sqlite,postgres').split(',').map((d) => d.trim()).filter(Boolean);
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

/** An isolated database: a temp SQLite file, or a fresh PostgreSQL database on the shared server. */
export async function createTestDb(dialect: DialectName): Promise<TestDb> {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-test-'));
    return { sqliteFile: path.join(dir, 'luoshi.db'), drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const admin = await pgAdminUrl();
  const name = `t_${crypto.randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
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

export interface TestContext {
  ctx: AppContext;
  clock: FakeClock;
  close(): Promise<void>;
}

/** A migrated context on a fresh database with a fake clock (default 2026-07-01 10:00 Beijing). */
export async function openTestContext(dialect: DialectName, opts: { modules?: LuoshiModule[]; now?: string } = {}): Promise<TestContext> {
  const tdb = await createTestDb(dialect);
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
