/**
 * The city dashboard over a generated ledger, against the ledger page query measured in the
 * same run (goal: the dashboard's state figures ≤ 5× the page's cost).
 *
 *   node --import tsx bench/dashboard.bench.ts --dialect sqlite --tasks 1000000
 *   node --import tsx bench/dashboard.bench.ts --dialect postgres --tasks 1000000
 */
import { parseArgs } from 'node:util';
import { buildApp } from '../src/platform/http/app.ts';
import { wrk } from './support/wrk.ts';
import { openBenchCity } from './support/bench-city.ts';

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
const { ctx, city, token, close } = await openBenchCity({ dialect, units: Number(o.units), tasks: Number(o.tasks), loopDates: true });

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
  const t = Date.now();
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
console.log(
  `\ncost relative to the ledger page: ${results
    .slice(1)
    .map((r, i) => `${runs[i + 1][0]}: ${(results[0] / r).toFixed(1)}×`)
    .join('; ')}`,
);

await app.close();
await close();
