/**
 * The party organization registry at a province's order of magnitude: 60,000 organizations over the
 * 5,000-unit city. Builds the organization list as the national system exports it (.xlsx), imports
 * it through the import kit (time and peak memory), then drives the registry page (with its total)
 * and the coverage figures through HTTP against a hello-world route and the bare page query run
 * straight through the driver in the same run, as the ledger page's benchmark does.
 *
 *   npm run bench:party-orgs -- --dialect sqlite --orgs 60000
 *   npm run bench:party-orgs -- --dialect postgres --orgs 60000
 */
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import Database from 'better-sqlite3';
import pg from 'pg';
import { exceljs } from '../src/platform/lazy/index.ts';
import { buildApp } from '../src/platform/http/app.ts';
import { loadActor } from '../src/platform/auth/actor-loader.ts';
import { systemActor } from '../src/platform/access/index.ts';
import { runImport } from '../src/platform/excel/import-kit/index.ts';
import { partyOrgImport } from '../src/modules/party-orgs/excel/import.ts';
import { partyOrgRepo } from '../src/modules/party-orgs/repo/party-orgs.ts';
import { addMonths } from '../src/platform/calendar/index.ts';
import { wrk } from './support/wrk.ts';
import { openBenchCity } from './support/bench-city.ts';

const { values: o } = parseArgs({
  options: {
    dialect: { type: 'string', default: 'sqlite' },
    orgs: { type: 'string', default: '60000' },
    units: { type: 'string', default: '5000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
  },
});
const dialect = o.dialect as 'sqlite' | 'postgres';
const { ctx, city, userId, token, sqliteFile, pgUrl, close } = await openBenchCity({ dialect, units: Number(o.units), tasks: 1000 });

// The list: a committee per district, a working committee per street, the rest branches spread over the communities.
const units = await ctx.db.selectFrom('units').select(['id', 'name', 'kind', 'parent_id']).orderBy('id').execute();
const byId = new Map(units.map((u) => [u.id, u]));
const communities = units.filter((u) => u.kind === 'community');
const orgName = (u: { name: string; kind: string }) => (u.kind === 'district' ? `中共${u.name}委员会` : `中共${u.name}工作委员会`);
const lines: (string | number)[][] = [];
for (const u of units)
  if (u.kind === 'district' || u.kind === 'street')
    lines.push([
      orgName(u),
      '其他',
      '',
      u.parent_id && byId.get(u.parent_id)!.kind === 'district' ? orgName(byId.get(u.parent_id)!) : '',
      u.name,
      '',
      '',
      '',
      100,
      '2022-06-30',
      '',
    ]);
const target = Number(o.orgs);
for (let i = 0; lines.length < target; i++) {
  const c = communities[i % communities.length];
  const k = Math.floor(i / communities.length) + 1;
  lines.push([
    `中共${c.name}第${k}支部委员会`,
    '城市社区',
    '党支部',
    orgName(byId.get(c.parent_id!)!),
    c.name,
    '2003-07-01',
    '张明',
    '',
    20 + (i % 40),
    `${2021 + (i % 5)}-0${1 + (i % 9)}-15`,
    '',
  ]);
}
const head = ['组织名称', '组织类别', '组织类型', '上级党组织', '所在单位', '成立日期', '书记', '书记身份', '党员数', '换届日期', '届满日期'];
const wb = new (exceljs().Workbook)();
const ws = wb.addWorksheet('党组织');
ws.addRow(head);
for (const l of lines) ws.addRow(l);
const file = Buffer.from(await wb.xlsx.writeBuffer());
console.log(`organization list: ${lines.length} rows, ${(file.length / 1024 / 1024).toFixed(1)} MB`);

// Import time and peak memory (RSS sampled every 50 ms, against the RSS before it started).
global.gc?.();
const rssBefore = process.memoryUsage().rss;
let peak = rssBefore;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const t0 = Date.now();
const r = await runImport(ctx, systemActor('bench'), partyOrgImport, file, { fileName: 'orgs.xlsx' });
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(
  `import: ${r.imported} organizations, ${r.errors.length} row errors, in ${((Date.now() - t0) / 1000).toFixed(1)} s; peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB (+${((peak - rssBefore) / 1024 / 1024).toFixed(0)} MB)`,
);
await sql`analyze`.execute(ctx.db);

// The bare reference: the registry page's SQL (scope, filter, order, 50 rows), no total, no presentation.
const actor = (await loadActor(ctx.db, userId, { ip: null, locale: 'zh-CN', via: 'token' }))!;
const district = city.districtIds[3];
const today = ctx.today();
const compiled = partyOrgRepo
  .pageQuery(
    ctx.db,
    actor,
    { unitId: district, unitInScope: await partyOrgRepo.unitInScope(ctx.db, actor, district) },
    { page: 1, pageSize: 50 },
    { today, dueUntil: addMonths(today, 6) },
  )
  .compile();
const pageFilter = { unitId: district, unitInScope: await partyOrgRepo.unitInScope(ctx.db, actor, district) };
const counted = partyOrgRepo.countQuery(ctx.db, actor, pageFilter, { today, dueUntil: addMonths(today, 6) }).compile();
let bare: () => Promise<unknown[]>;
if (dialect === 'sqlite') {
  const raw = new Database(sqliteFile!, { readonly: true });
  const stmt = raw.prepare(compiled.sql);
  bare = async () => stmt.all(...(compiled.parameters as unknown[]));
  for (const [name, q] of [
    ['page', compiled],
    ['total', counted],
  ] as const)
    console.log(
      `${name} plan:`,
      (raw.prepare(`explain query plan ${q.sql}`).all(...(q.parameters as unknown[])) as { detail: string }[]).map((r) => r.detail).join(' | '),
    );
} else {
  const pool = new pg.Pool({ connectionString: pgUrl!, max: 10 });
  bare = async () => (await pool.query(compiled.sql, compiled.parameters as unknown[])).rows;
  for (const [name, q] of [
    ['page', compiled],
    ['total', counted],
  ] as const) {
    const plan = await pool.query(`explain (analyze, costs off) ${q.sql}`, q.parameters as unknown[]);
    console.log(`${name} plan:\n` + plan.rows.map((r: Record<string, string>) => '  ' + r['QUERY PLAN']).join('\n'));
  }
}

const app = await buildApp(ctx);
app.get('/bench/hello', async () => ({ hello: 'world' }));
app.get('/bench/bare', async () => ({ items: await bare() }));
await app.listen({ port: 0, host: '127.0.0.1' });
const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
const auth = { Authorization: `Bearer ${token}` };
const page = await (await fetch(`${url}/api/party-orgs?unitId=${district}&pageSize=50`, { headers: auth })).json();
console.log(`page: ${page.items.length} rows of ${page.total} (district ${district})`);

const runs: [string, string, Record<string, string>][] = [
  ['hello-world route', `${url}/bench/hello`, {}],
  ['bare page query (driver, no total)', `${url}/bench/bare`, {}],
  ['GET /api/party-orgs (auth, scope, total)', `${url}/api/party-orgs?unitId=${district}&pageSize=50`, auth],
  ['GET /api/party-orgs/coverage (district)', `${url}/api/party-orgs/coverage?unitId=${district}`, auth],
  ['GET /api/party-orgs/coverage (city)', `${url}/api/party-orgs/coverage?unitId=${city.rootId}`, auth],
];
const results: Record<string, number> = {};
console.log(`\n| ${dialect}, ${r.imported} orgs | req/s | p50 | p99 | errors |\n|---|---|---|---|---|`);
for (const [name, u, headers] of runs) {
  const w = await wrk(u, { seconds: Number(o.seconds), connections: Number(o.connections), headers });
  results[name] = w.rps;
  console.log(`| ${name} | ${w.rps.toFixed(0)} | ${w.p50} | ${w.p99} | ${w.errors} |`);
}
const ratio = results['GET /api/party-orgs (auth, scope, total)'] / results['bare page query (driver, no total)'];
console.log(`\nregistry page / bare query: ${(ratio * 100).toFixed(0)}% (goal ≥ 50%)`);

await app.close();
await close();
