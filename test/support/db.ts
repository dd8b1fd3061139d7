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

export const dialects: DialectName[] = ['sqlite', 'postgres'];

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
  const admin = inject('pgUrl');
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
