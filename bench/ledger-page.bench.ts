/**
 * The ledger page through HTTP, with auth, data scope and the total the page shows, against two
 * references measured in the same run: a hello-world route, and a bare route running the same
 * page query with the driver directly and no total. Also the roll-up counts of a subtree.
 *
 *   npm run bench:ledger -- --dialect sqlite --tasks 1000000
 *   npm run bench:ledger -- --dialect postgres --tasks 1000000
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { loadConfig } from '../src/platform/config.ts';
import { createDb } from '../src/platform/db/index.ts';
import { openContext } from '../src/platform/boot.ts';
import { buildApp } from '../src/platform/http/app.ts';
import { systemActor } from '../src/platform/access/index.ts';
import { modules } from '../src/modules/index.ts';
import { userService } from '../src/modules/users/index.ts';
import { securityService } from '../src/modules/security/service.ts';
import { accountService } from '../src/modules/account/index.ts';
import { loadActor } from '../src/platform/auth/actor-loader.ts';
import { taskRepo } from '../src/modules/ledger/repo/tasks.ts';
import { startEmbeddedPostgres } from '../test/support/embedded-pg.ts';
import { generateCity } from './support/generate.ts';
import { wrk } from './support/wrk.ts';

const { values: o } = parseArgs({
  options: {
    dialect: { type: 'string', default: 'sqlite' },
    tasks: { type: 'string', default: '1000000' },
    units: { type: 'string', default: '5000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    status: { type: 'string', default: 'inProgress' },
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
console.log(`generated ${o.tasks} tasks over ${o.units} units on ${dialect} in ${((Date.now() - t) / 1000).toFixed(1)} s`);

const sys = systemActor('bench');
const roles = await securityService.roles(ctx, sys);
const user = await userService.create(ctx, sys, { username: 'bench', displayName: 'bench', unitId: city.rootId, password: 'Bench@2026x' });
await securityService.setGrants(ctx, sys, user.id, [{ roleId: roles.find((r) => r.code === 'supervisor')!.id, unitId: city.rootId }]);
const { token } = await accountService.createToken(ctx, { userId: user.id, username: 'bench', ip: null }, 'bench');

// The bare reference: exactly the SQL of the ledger's page query (same columns, same plan),
// run straight through the driver, with no total, no auth, no presentation.
const benchActor = (await loadActor(ctx.db, user.id, { ip: null, locale: 'zh-CN', via: 'token' }))!;
const district = city.districtIds[3];
const compiled = taskRepo.pageQuery(ctx.db, benchActor, { unitId: district, status: [o.status!] }, { page: 1, pageSize: 50 }, ctx.today(), 'ordered').compile();
console.log('page query:', compiled.sql);
let bare: () => Promise<unknown[]>;
if (dialect === 'sqlite') {
  const raw = new Database(path.join(dir, 'luoshi.db'), { readonly: true });
  const stmt = raw.prepare(compiled.sql);
  bare = async () => stmt.all(...(compiled.parameters as unknown[]));
  console.log('plan:', (raw.prepare(`explain query plan ${compiled.sql}`).all(...(compiled.parameters as unknown[])) as { detail: string }[]).map((r) => r.detail).join(' | '));
} else {
  const pool = new pg.Pool({ connectionString: pgServer!.url, max: 10 });
  bare = async () => (await pool.query(compiled.sql, compiled.parameters as unknown[])).rows;
  const plan = await pool.query(`explain (analyze, costs off) ${compiled.sql}`, compiled.parameters as unknown[]);
  console.log('plan:\n' + plan.rows.map((r: Record<string, string>) => '  ' + r['QUERY PLAN']).join('\n'));
}

const app = await buildApp(ctx);
app.get('/bench/hello', async () => ({ hello: 'world' }));
app.get('/bench/bare', async () => ({ items: await bare() }));
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
const auth = { Authorization: `Bearer ${token}` };

const page = await (await fetch(`${base}/api/tasks?unitId=${district}&status=${o.status}&pageSize=50`, { headers: auth })).json();
console.log(`page: ${page.items.length} rows of ${page.total} matching (district ${district}, ${o.status})`);

const runs: [string, string, Record<string, string>][] = [
  ['hello-world route', `${base}/bench/hello`, {}],
  ['bare page query (driver, no total)', `${base}/bench/bare`, {}],
  ['GET /api/tasks (auth, scope, total)', `${base}/api/tasks?unitId=${district}&status=${o.status}&pageSize=50`, auth],
  ['GET /api/tasks/summary (roll-up, city)', `${base}/api/tasks/summary?unitId=${city.rootId}`, auth],
];
const results: Record<string, number> = {};
console.log(`\n| ${dialect} | req/s | p50 | p99 | errors |\n|---|---|---|---|---|`);
for (const [name, url, headers] of runs) {
  t = Date.now();
  const r = await wrk(url, { seconds: Number(o.seconds), connections: Number(o.connections), headers });
  results[name] = r.rps;
  console.log(`| ${name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} |`);
}
const ratio = results['GET /api/tasks (auth, scope, total)'] / results['bare page query (driver, no total)'];
console.log(`\nfull page / bare query: ${(ratio * 100).toFixed(0)}% (goal ≥ 50%)`);

await app.close();
await ctx.dbh.close();
await pgServer?.stop();
fs.rmSync(dir, { recursive: true, force: true });
