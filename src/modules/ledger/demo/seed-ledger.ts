import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppContext } from '../../../platform/context.ts';
import { actorNamed, daysAgo, demoUnitIds } from '../../../platform/seed.ts';
import { holdersOf, type Actor } from '../../../platform/access/index.ts';
import { loadActor } from '../../../platform/auth/actor-loader.ts';
import { addDays } from '../domain/index.ts';
import { parseDocument, type Item } from '../../parser/index.ts';
import { sourceService, type DraftItem } from '../service/sources.ts';
import { actionService } from '../service/actions.ts';
import { taskService } from '../service/tasks.ts';
import { taskRepo } from '../repo/tasks.ts';
type Task = Awaited<ReturnType<typeof taskService.get>>;
import { assignments, CITY_WIDE, reports, selfRequirementsLead, stages, type Stage } from './plan.ts';

const speechFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'speech-organization-work-h2.txt');

/** The seed speech, parsed and published as a real ledger, then moved through the loop. */
export async function seedLedger(now: AppContext): Promise<void> {
  const ctx = daysAgo(now, 50);
  const units = await demoUnitIds(ctx);
  if (!units.has(selfRequirementsLead)) return; // not the demo city
  const today = now.today();
  const yearEnd = `${today.slice(0, 4)}-12-31`;
  const supervisor = await actorNamed(ctx, 'supervisor');
  const outline = parseDocument(fs.readFileSync(speechFile, 'utf8'), { refDate: today, units: [...units.keys()] });

  const draft = (i: Item, lead: string, supporting: string[], deadline: string | null, extra: Partial<DraftItem> = {}): DraftItem => ({
    title: i.title,
    description: i.text,
    number: i.number,
    start: i.start,
    end: i.end,
    leadUnitId: units.get(lead)!,
    supportingUnitIds: supporting.map((s) => units.get(s)!).filter(Boolean),
    deadline,
    deadlinePhrase: i.deadline?.phrase ?? (deadline ? '年底前' : null),
    category: 'task',
    ...extra,
  });
  const items: DraftItem[] = [];
  for (const heading of outline.items.filter((i) => i.kind === 'heading')) {
    const children: DraftItem[] = [];
    const tasks = heading.children.filter((c) => c.kind === 'task');
    for (const t of tasks.length ? tasks : [heading]) {
      const a = assignments.find((x) => t.title.includes(x.match)) ?? assignments[0];
      // Ongoing work (持续、经常性) is still reviewed at the year's end (年底前).
      const deadline = a.deadlineDays === undefined ? (t.deadline?.date ?? yearEnd) : addDays(today, a.deadlineDays);
      const perDistrict = a.perDistrict
        ? CITY_WIDE.map((d) => ({ title: `${d}：${t.title}`, leadUnitId: units.get(d)!, deadline, deadlinePhrase: '年底前', category: 'task' as const }))
        : undefined;
      children.push(draft(t, a.lead, a.supporting, deadline, { key: true, children: perDistrict }));
    }
    items.push(tasks.length ? { ...draft(heading, '市委组织部', [], yearEnd), children } : children[0]);
  }
  const selfIdx = outline.items.findIndex((i) => i.title.startsWith('同志们，打铁必须自身硬'));
  for (const r of outline.items.slice(selfIdx + 1).filter((i) => i.kind === 'principle')) {
    items.push(draft(r, selfRequirementsLead, [], addDays(today, 36), { category: 'responsibility' }));
  }

  const { taskIds } = await sourceService.publish(ctx, supervisor, {
    kind: 'speech',
    title: outline.title ?? '在下半年组织工作重点任务推进会上的讲话',
    issuer: '市委组织部',
    // The speech was given the day it was entered (50 days ago), not today; its deadlines count from today.
    date: ctx.today(),
    text: outline.cleanedText,
    items,
  });
  const leaves: Task[] = [];
  for (const id of taskIds) {
    const t = await taskService.get(ctx, supervisor, id);
    if (!(await taskRepo.children(ctx.db, id)).length) leaves.push(t);
  }
  const parents = taskIds.filter((id) => !leaves.some((l) => l.id === id));
  for (const id of parents) await actionService.act(ctx, supervisor, id, 'dispatch', (await taskService.get(ctx, supervisor, id)).version);
  for (const [n, t] of leaves.entries()) await advance(now, supervisor, t.id, stages[n % stages.length], n);
}

async function advance(now: AppContext, sup: Actor, id: number, stage: Stage, n: number) {
  if (stage === 'draft') return;
  let ctx = daysAgo(now, 48);
  const v = async () => (await taskService.get(ctx, sup, id)).version;
  await actionService.act(ctx, sup, id, 'dispatch', await v());
  if (stage === 'dispatched') return;
  const task = await taskService.get(ctx, sup, id);
  const liaisonId = (await holdersOf(ctx.db, 'liaison', task.leadUnit!.id))[0];
  const liaison = (await loadActor(ctx.db, liaisonId, { ip: null, locale: 'zh-CN', via: 'cli' }))!;
  ctx = daysAgo(now, 45 - (n % 5));
  await actionService.act(ctx, liaison, id, 'acknowledge', await v());
  if (stage === 'acknowledged') return;
  ctx = daysAgo(now, stage === 'lateReport' ? 40 : 20 - (n % 7));
  await actionService.report(ctx, liaison, id, { text: reports[n % reports.length], percent: 30 + (n % 4) * 15 });
  if (stage === 'inProgress' || stage === 'lateReport') return;
  if (stage === 'extensionRequested') {
    ctx = daysAgo(now, 2);
    const deadline = task.deadline ? addDays(task.deadline, 60) : addDays(ctx.today(), 90);
    if (task.deadline && task.deadline < ctx.today()) return; // too late to ask: stays overdue
    await actionService.act(ctx, liaison, id, 'requestExtension', await v(), { deadline, reason: '涉及多部门协调，需延长办理时限' });
    return;
  }
  ctx = daysAgo(now, 8);
  await actionService.report(ctx, liaison, id, { text: '各项工作已全部完成，佐证材料已上传。' }, true);
  ctx = daysAgo(now, 3);
  if (stage === 'signOffRequested') return;
  if (stage === 'returned') {
    await actionService.act(ctx, sup, id, 'returnSignOff', await v(), { reason: '佐证材料不够完整，请补充会议纪要和台账照片后再申请销号' });
    return;
  }
  await actionService.act(ctx, sup, id, 'signOff', await v());
}
