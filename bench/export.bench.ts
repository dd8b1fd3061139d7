/**
 * Ledger export at scale: 100,000 tasks generated straight into a temporary SQLite database,
 * then exported through the service (the same path as GET /api/tasks/export.xlsx) into a file,
 * sampling process.memoryUsage() every 50 ms.
 *
 * Run: node --expose-gc --import tsx bench/export.bench.ts [tasks]   (figures in docs/performance.md)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { loadConfig } from '../src/platform/config.ts';
import { openContext } from '../src/platform/boot.ts';
import { systemActor } from '../src/platform/access/index.ts';
import { modules } from '../src/modules/index.ts';
import { unitService } from '../src/modules/units/index.ts';
import { addDays } from '../src/modules/ledger/domain/index.ts';
import { exportService } from '../src/modules/ledger/excel/export.ts';

const N = Number(process.argv[2] ?? 100_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-export-bench-'));
const silent = { info() {}, warn() {}, error() {} };
const ctx = await openContext({ config: loadConfig({ DATA_DIR: dir }), modules, log: silent });
const sys = systemActor('bench');

const units: number[] = [];
const city = (await unitService.create(ctx, sys, { name: 'X市', kind: 'city', parentId: null })).id;
for (const d of ['东城区', '西城区', '南湖区', '北山县']) {
  const district = (await unitService.create(ctx, sys, { name: d, kind: 'district', parentId: city })).id;
  units.push(district);
  for (const s of ['一街道', '二街道', '三街道', '四街道'])
    units.push((await unitService.create(ctx, sys, { name: `${d.slice(0, 2)}${s}`, kind: 'street', parentId: district })).id);
}

const t0 = performance.now();
const statuses = ['draft', 'dispatched', 'inProgress', 'signedOff'];
const now = new Date().toISOString();
for (let start = 0; start < N; start += 1000) {
  const rows = Array.from({ length: Math.min(1000, N - start) }, (_, k) => {
    const i = start + k;
    const deadline = i % 10 === 0 ? null : addDays('2026-01-01', i % 700);
    return {
      title: `第${i + 1}项：持续整顿软弱涣散基层党组织，健全村级组织运转经费保障机制，推进网格化管理全覆盖`,
      lead_unit_id: units[i % units.length],
      owner_name: `责任人${i % 97}`,
      deadline,
      deadline_phrase: deadline ? null : '长期坚持',
      category: ['task', 'responsibility', 'problem'][i % 3],
      key_task: i % 4 === 0 ? 1 : 0,
      state: statuses[i % 4],
      status: statuses[i % 4],
      yellow_from: deadline ? addDays(deadline, -10) : '9999-12-31',
      red_from: deadline ? addDays(deadline, 1) : '9999-12-31',
      latest_report: i % 4 === 2 ? '已完成排查摸底，正在逐项整改' : null,
      progress: i % 4 === 2 ? 40 : 0,
      created_at: now,
      updated_at: now,
    };
  });
  await ctx.db.transaction().execute(async (tx) => {
    const ids = await tx.insertInto('tasks').values(rows).returning('id').execute();
    const links = ids.filter((_, k) => k % 2 === 0).map(({ id }, k) => ({ task_id: id, unit_id: units[(k + 3) % units.length] }));
    if (links.length) await tx.insertInto('task_units').values(links).execute();
  });
}
console.log(`generated ${N} tasks in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

(globalThis as { gc?: () => void }).gc?.();
const base = process.memoryUsage();
let peakRss = base.rss;
let peakHeap = base.heapUsed;
let peakExt = base.external + base.arrayBuffers;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
  peakExt = Math.max(peakExt, m.external + m.arrayBuffers);
}, 50);

const out = path.join(dir, 'ledger.xlsx');
const t1 = performance.now();
const prepared = await exportService.prepare(ctx, sys, {}, 'zh-CN');
const file = fs.createWriteStream(out);
const rows = await prepared.write(file);
await finished(file);
const seconds = (performance.now() - t1) / 1000;
clearInterval(sampler);

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
console.log(`exported ${rows} rows in ${seconds.toFixed(1)} s (${Math.round(rows / seconds)} rows/s), file ${mb(fs.statSync(out).size)}`);
console.log(`memory before export: rss ${mb(base.rss)}, heap ${mb(base.heapUsed)}`);
console.log(`peak during export:   rss ${mb(peakRss)}, heap ${mb(peakHeap)}, external+buffers ${mb(peakExt)}`);
await ctx.dbh.close();
fs.rmSync(dir, { recursive: true, force: true });
