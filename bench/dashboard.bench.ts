/**
 * The city dashboard over a generated ledger, against the ledger page query measured in the
 * same run (goal: the dashboard's state figures ≤ 5× the page's cost).
 *
 *   node --import tsx bench/dashboard.bench.ts --dialect sqlite --tasks 1000000
 *   node --import tsx bench/dashboard.bench.ts --dialect postgres --tasks 1000000
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/platform/config.ts';
import { createDb } from '../src/platform/db/index.ts';
import { openContext } from '../src/platform/boot.ts';
import { buildApp } from '../src/platform/http/app.ts';
import { systemActor } from '../src/platform/access/index.ts';
import { modules } from '../src/modules/index.ts';
import { userService } from '../src/modules/users/index.ts';
import { securityService } from '../src/modules/security/service.ts';
import { accountService } from '../src/modules/account/index.ts';
import { startEmbeddedPostgres } from '../test/support/embedded-pg.ts';
import { addLoopDates, generateCity } from './support/generate.ts';
import { wrk } from './support/wrk.ts';

const { values: o } = parseArgs({
  options: {
    dialect: { type: 'string', default: 'sqlite' },
    tasks: { type: 'string', default: '1000000' },
    units: { type: 'string', default: '5000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '20' },
  },
});
const dialect = o.dialect as 'sqlite' | 'postgres';
const silent = { info() {}, warn() {}, error() {} };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-bench-'));
const pgServer = dialect === 'postgres' ? await startEmbeddedPostgres({ fast: false }) : null;
const dbh = createDb(pgServer ? { postgresUrl: pgServer.url, poolSize: 10 } : { sqliteFile: path.join(dir, 'luoshi.db') });
const ctx = await openContext({ config: { ...loadConfig({ DATA_DIR: dir }), databaseUrl: pgServer?.url ?? '' }, dbh, modules, log: silent });

let t = Date.now();
const city = await generateCity(ctx.db, dialect, Number(o.units), Number(o.tasks));
await addLoopDates(ctx.db, dialect);
console.log(`generated ${o.tasks} tasks over ${o.units} units on ${dialect} in ${((Date.now() - t) / 1000).toFixed(1)} s`);

const sys = systemActor('bench');
const roles = await securityService.roles(ctx, sys);
const user = await userService.create(ctx, sys, { username: 'bench', displayName: 'bench', unitId: city.rootId, password: 'Bench@2026x' });
await securityService.setGrants(ctx, sys, user.id, [{ roleId: roles.find((r) => r.code === 'supervisor')!.id, unitId: city.rootId }]);
const { token } = await accountService.createToken(ctx, { userId: user.id, username: 'bench', ip: null }, 'bench');

const app = await buildApp(ctx);
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
const auth = { Authorization: `Bearer ${token}` };
const district = city.districtIds[3];

const runs: [string, string][] = [
  ['GET /api/tasks (district, inProgress, page of 50)', `/api/tasks?unitId=${district}&status=inProgress&pageSize=50`],
  ['GET /api/dashboard?top=0 state only: one-day period', `/api/dashboard?top=0&from=2026-06-30&to=2026-06-30`],
  ['GET /api/dashboard (city, year to date, top 10)', `/api/dashboard?from=2026-01-01&to=2026-06-30`],
  ['GET /api/dashboard (district, year to date)', `/api/dashboard?unitId=${district}&from=2026-01-01&to=2026-06-30`],
  ['GET /api/rankings (city, year to date)', `/api/rankings?from=2026-01-01&to=2026-06-30`],
];
for (const [, url] of runs) {
  t = Date.now();
  const res = await fetch(base + url, { headers: auth });
  console.log(`${url}: ${res.status} in ${Date.now() - t} ms (cold)`);
}
const results: number[] = [];
console.log(`\n| ${dialect}, ${o.tasks} tasks | req/s | p50 | p99 | errors |\n|---|---|---|---|---|`);
for (const [name, url] of runs) {
  const r = await wrk(base + url, { seconds: Number(o.seconds), connections: Number(o.connections), headers: auth });
  results.push(r.rps);
  console.log(`| ${name} | ${r.rps.toFixed(1)} | ${r.p50} | ${r.p99} | ${r.errors} |`);
}
console.log(`\ncost relative to the ledger page: ${results.slice(1).map((r, i) => `${runs[i + 1][0]}: ${(results[0] / r).toFixed(1)}×`).join('; ')}`);

await app.close();
await ctx.dbh.close();
await pgServer?.stop();
fs.rmSync(dir, { recursive: true, force: true });
