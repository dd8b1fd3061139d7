/** What every HTTP benchmark starts from: a generated city on SQLite or PostgreSQL, and a supervisor's API token. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/platform/config.ts';
import { createDb } from '../../src/platform/db/index.ts';
import { openContext } from '../../src/platform/boot.ts';
import { systemActor } from '../../src/platform/access/index.ts';
import type { AppContext } from '../../src/platform/context.ts';
import { modules } from '../../src/modules/index.ts';
import { userService } from '../../src/modules/users/index.ts';
import { securityService } from '../../src/modules/security/service.ts';
import { accountService } from '../../src/modules/account/index.ts';
import { startEmbeddedPostgres } from '../../test/support/embedded-pg.ts';
import { addLoopDates, generateCity, type Generated } from './generate.ts';

export interface BenchCity {
  ctx: AppContext;
  city: Generated;
  userId: number;
  token: string;
  /** Where the data lives, for a bare driver connection of the benchmark's own. */
  sqliteFile: string | null;
  pgUrl: string | null;
  close(): Promise<void>;
}

export async function openBenchCity(opts: { dialect: 'sqlite' | 'postgres'; units: number; tasks: number; loopDates?: boolean }): Promise<BenchCity> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-bench-'));
  const pgServer = opts.dialect === 'postgres' ? await startEmbeddedPostgres({ fast: false }) : null;
  const sqliteFile = pgServer ? null : path.join(dir, 'luoshi.db');
  const dbh = createDb(pgServer ? { postgresUrl: pgServer.url, poolSize: 10 } : { sqliteFile: sqliteFile! });
  const silent = { info() {}, warn() {}, error() {} };
  const ctx = await openContext({ config: { ...loadConfig({ DATA_DIR: dir }), databaseUrl: pgServer?.url ?? '' }, dbh, modules, log: silent });

  const t = Date.now();
  const city = await generateCity(ctx.db, opts.dialect, opts.units, opts.tasks);
  if (opts.loopDates) await addLoopDates(ctx.db, opts.dialect);
  console.log(`generated ${opts.tasks} tasks over ${opts.units} units on ${opts.dialect} in ${((Date.now() - t) / 1000).toFixed(1)} s`);

  const sys = systemActor('bench');
  const roles = await securityService.roles(ctx, sys);
  const user = await userService.create(ctx, sys, { username: 'bench', displayName: 'bench', unitId: city.rootId, password: 'Bench@2026x' });
  await securityService.setGrants(ctx, sys, user.id, [{ roleId: roles.find((r) => r.code === 'supervisor')!.id, unitId: city.rootId }]);
  const { token } = await accountService.createToken(ctx, { userId: user.id, username: 'bench', ip: null }, 'bench');

  return {
    ctx,
    city,
    userId: user.id,
    token,
    sqliteFile,
    pgUrl: pgServer?.url ?? null,
    close: async () => {
      await ctx.dbh.close();
      await pgServer?.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
