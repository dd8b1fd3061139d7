import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/access/index.ts';
import { actorNamed, daysAgo, demoUnitIds } from '../../platform/seed.ts';
import { addDays, yearOf } from '../../platform/calendar/index.ts';
import { uploadFile } from '../../platform/files/index.ts';
import { actionService, taskService } from '../ledger/index.ts';
import { NATIONAL_BASIC_TYPES } from './domain/weak-lax-criteria.ts';
import { weakLaxRepo } from './repo/weak-lax.ts';
import { weakLaxService } from './service/weak-lax.ts';
import { standardizationService } from './service/standardization.ts';
import { liaisonService } from './service/liaison-points.ts';
import { collectiveEconomyService } from './service/collective-economy.ts';

/**
 * 机关党支部建设质量提升三年攻坚: the organ branches' quality items as yes/no statements (the demo's
 * template; departments word their own).
 */
export const ORGAN_BRANCH_ITEMS = [
  '支部委员会按期换届、委员配备齐全',
  '“三会一课”按规定开展',
  '主题党日每月开展',
  '每年召开组织生活会、开展民主评议党员',
  '党员发展程序规范',
  '党费按时足额收缴',
  '党建与业务工作同谋划同部署同考核',
  '党员活动阵地规范',
];

/** Moves a measure through the loop as the lead unit's liaison and the supervisor would. */
async function close(ctx: AppContext, sup: Actor, liaison: Actor, id: number) {
  const v = async () => (await taskService.get(ctx, sup, id)).version;
  await actionService.act(ctx, liaison, id, 'acknowledge', await v());
  await actionService.report(ctx, liaison, id, { text: '整顿措施已落实，佐证材料已上传。', percent: 100 }, true);
  await actionService.act(ctx, sup, id, 'signOff', await v());
}

/**
 * The demo's weak-and-lax cases, checklist, liaison points and village incomes, over the registry's
 * demo organizations: two villages in rectification with measures, one accepted and under watch
 * (its look-back booked a year on). Measures are led by the township's district, whose liaison
 * reports in the demo. Without the demo city's villages in the registry, only the dictionary and the
 * checklist are seeded.
 */
export async function seedOrgWork(now: AppContext): Promise<void> {
  const units = await demoUnitIds(now);
  if (!units.has('东城区') || !units.has('安定村')) return; // not the demo city
  const sup = await actorNamed(now, 'supervisor');
  await weakLaxService.setCriteria(now, sup, [...NATIONAL_BASIC_TYPES]);
  await standardizationService.setTemplate(now, sup, 'organ', { name: '机关党支部建设质量提升三年攻坚', items: ORGAN_BRANCH_ITEMS.map((text) => ({ text })) });

  const villageNames = ['安定村', '柳树村', '王庄村', '金河村', '前进村', '河湾村', '白鹭村', '渔港村', '桥头村'];
  const hosted = await weakLaxRepo.hostedIn(now.db, [...units.values()]);
  const village = (name: string) => hosted.find((o) => o.host_unit_id === units.get(name) && o.category === 'rural');
  const villages = villageNames.map(village).filter((o) => o !== undefined);

  // 村级集体经济 for last year: some 空壳村 (0), some 薄弱村 (under 10万), the rest above.
  const incomes = [0, 36_000, 128_000, 0, 85_000, 260_000, 54_000, 410_000, 150_000];
  const lastYear = yearOf(now.today()) - 1;
  for (const [i, v] of villages.entries()) await collectiveEconomyService.set(now, sup, v.id, { year: lastYear, income: incomes[i % incomes.length] });

  // 机关党支部 assessments: a few organ branches against the checklist, one below standard.
  const organs = hosted.filter((o) => o.category === 'organ' && (o.kind === 'branch' || o.kind === 'generalBranch')).slice(0, 4);
  const met = [ORGAN_BRANCH_ITEMS.length, 7, 5, 8];
  for (const [i, o] of organs.entries())
    await standardizationService.assess(now, sup, o.id, { year: yearOf(now.today()), met: Array.from({ length: met[i] }, (_, k) => `i${k + 1}`) });

  // 书记联系点: the first committees' secretaries link to a branch hosted below them; the rest are flagged.
  const committees = hosted.filter((o) => (o.kind === 'committee' || o.kind === 'workingCommittee') && o.secretary_name).slice(0, 3);
  const branches = hosted.filter((o) => o.kind === 'branch');
  for (const [i, c] of committees.entries()) {
    const b = branches[i * 2];
    if (b) await liaisonService.link(now, sup, { committeeId: c.id, branchId: b.id });
  }

  // 软弱涣散: screened 120 days ago; three flagged and designated; one accepted 30 days ago and under watch.
  const [a, b, c] = [village('安定村'), village('金河村'), village('白鹭村')];
  if (!a || !b || !c) return;
  const then = daysAgo(now, 120);
  const year = yearOf(then.today());
  await weakLaxService.screen(then, sup, {
    year,
    items: villages.map((v) => ({
      orgId: v.id,
      criteria:
        v.id === a.id ? ['teamDisunited', 'economyWeak'] : v.id === b.id ? ['orgLifeIrregular', 'affairsChaotic'] : v.id === c.id ? ['secretaryUnfit'] : [],
    })),
  });
  const cases = [
    { org: a, leader: '刘副区长', district: '东城区', liaison: 'liaison', plan: '调整充实村“两委”班子，盘活闲置集体资产，壮大村集体经济。' },
    { org: b, leader: '陈副区长', district: '西城区', liaison: 'liaison-xicheng', plan: '规范组织生活和村务公开，健全“四议两公开”。' },
    { org: c, leader: '周副区长', district: '南湖区', liaison: 'liaison-nanhu', plan: '选优配强村党组织书记，开展书记轮训。' },
  ];
  const today = now.today();
  for (const [i, k] of cases.entries()) {
    let d = await weakLaxService.designate(then, sup, k.org.id, { year, contactLeader: k.leader, firstSecretary: i === 0 ? '张驻村（市委组织部）' : null });
    d = await weakLaxService.setPlan(then, sup, d.id!, { plan: k.plan, version: d.version! });
    const titles = i === 2 ? ['调整村党组织书记并开展履职培训', '建立党员联系户制度'] : ['召开专题组织生活会查摆问题', '制定村级事务公开目录并按月公开'];
    for (const [j, title] of titles.entries())
      await weakLaxService.addMeasure(then, sup, d.id!, {
        title,
        leadUnitId: units.get(k.district)!,
        ownerName: k.leader,
        deadline: addDays(today, i === 2 ? -40 + j : 30 + 30 * j),
      });
    d = await weakLaxService.dispatch(then, sup, d.id!);
    if (i !== 2) continue;
    const liaison = await actorNamed(now, k.liaison);
    const at = daysAgo(now, 45);
    for (const m of d.measures) await close(at, sup, liaison, m.id);
    const accepted = daysAgo(now, 30);
    const evidence = await uploadFile(accepted, sup, '白鹭村整顿验收报告.txt', Buffer.from('白鹭村党支部整顿验收：班子配强，制度落实，群众满意度 92%。'));
    await weakLaxService.accept(accepted, sup, d.id!, { score: 86, fileIds: [evidence.id] });
  }
}
