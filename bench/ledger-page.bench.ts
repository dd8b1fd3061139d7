/**
 * The ledger page through HTTP, with auth, data scope and the total the page shows, against two
 * references measured in the same run: a hello-world route, and a bare route running the same
 * page query with the driver directly and no total. Also the roll-up counts of a subtree.
 *
 *   npm run bench:ledger -- --dialect sqlite --tasks 1000000
 *   npm run bench:ledger -- --dialect postgres --tasks 1000000
 */
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { buildApp } from '../src/platform/http/app.ts';
import { loadActor } from '../src/platform/auth/actor-loader.ts';
import { taskRepo } from '../src/modules/ledger/repo/tasks.ts';
import { wrk } from './support/wrk.ts';
import { openBenchCity } from './support/bench-city.ts';

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
const { ctx, city, userId, token, sqliteFile, pgUrl, close } = await openBenchCity({ dialect, units: Number(o.units), tasks: Number(o.tasks) });

// The bare reference: exactly the SQL of the ledger's page query (same columns, same plan),
// run straight through the driver, with no total, no auth, no presentation.
const benchActor = (await loadActor(ctx.db, userId, { ip: null, locale: 'zh-CN', via: 'token' }))!;
const district = city.districtIds[3];
const compiled = taskRepo.pageQuery(ctx.db, benchActor, { unitId: district, status: [o.status!] }, { page: 1, pageSize: 50 }, ctx.today(), 'ordered').compile();
console.log('page query:', compiled.sql);
let bare: () => Promise<unknown[]>;
if (dialect === 'sqlite') {
  const raw = new Database(sqliteFile!, { readonly: true });
  const stmt = raw.prepare(compiled.sql);
  bare = async () => stmt.all(...(compiled.parameters as unknown[]));
  console.log(
    'plan:',
    (raw.prepare(`explain query plan ${compiled.sql}`).all(...(compiled.parameters as unknown[])) as { detail: string }[]).map((r) => r.detail).join(' | '),
  );
} else {
  const pool = new pg.Pool({ connectionString: pgUrl!, max: 10 });
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
  const r = await wrk(url, { seconds: Number(o.seconds), connections: Number(o.connections), headers });
  results[name] = r.rps;
  console.log(`| ${name} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} |`);
}
const ratio = results['GET /api/tasks (auth, scope, total)'] / results['bare page query (driver, no total)'];
console.log(`\nfull page / bare query: ${(ratio * 100).toFixed(0)}% (goal ≥ 50%)`);

await app.close();
await close();
