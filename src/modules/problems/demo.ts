import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/access/index.ts';
import { actorNamed, daysAgo, demoUnitIds } from '../../platform/seed.ts';
import { addDays } from '../../platform/calendar/index.ts';
import { actionService, taskService } from '../ledger/index.ts';
import { uploadFile } from '../../platform/files/index.ts';
import { problemService } from './service/problems.ts';
import { measureService } from './service/measures.ts';
import { acceptanceService } from './service/acceptance.ts';

/** Moves one ledger task (a measure) through the loop as its liaison and the supervisor would. */
async function advance(ctx: AppContext, sup: Actor, liaison: Actor, id: number, to: 'inProgress' | 'signedOff') {
  const v = async () => (await taskService.get(ctx, sup, id)).version;
  await actionService.act(ctx, liaison, id, 'acknowledge', await v());
  await actionService.report(ctx, liaison, id, { text: '已制定整改方案，正在逐项推进。', percent: 50 });
  if (to === 'inProgress') return;
  await actionService.report(ctx, liaison, id, { text: '整改措施已全部落实，佐证材料已上传。' }, true);
  await actionService.act(ctx, sup, id, 'signOff', await v());
}

/** Three problems from inspections at different stages: new, overdue, and rectified and accepted. */
export async function seedProblems(now: AppContext): Promise<void> {
  const units = await demoUnitIds(now);
  if (!units.has('东城区') || !units.has('南湖区')) return; // not the demo city
  const today = now.today();
  const then = daysAgo(now, 40);
  const sup = await actorNamed(now, 'supervisor');
  const liaison = (name: string) => actorNamed(now, name);

  const east = await problemService.create(then, sup, {
    sourceKind: 'inspection',
    sourceTitle: '市委第二巡察组关于东城区的巡察反馈意见',
    finding: '部分社区党组织“三会一课”制度落实不到位，会议记录不规范、内容不完整。',
    category: '组织建设',
    severity: 'general',
    unitId: units.get('东城区')!,
    foundOn: then.today(),
    deadline: addDays(today, 18),
    measures: [
      { title: '逐个社区开展“三会一课”落实情况自查，建立问题清单', leadUnitId: units.get('东城区')!, ownerName: '陈组织', deadline: addDays(today, 10) },
      { title: '统一会议记录模板，组织社区党组织书记专题培训', leadUnitId: units.get('东城区')!, ownerName: '陈组织', deadline: addDays(today, 15) },
    ],
  });
  await measureService.dispatch(then, sup, east.id);
  const eastMeasures = (await problemService.get(now, sup, east.id)).measures.map((m: { id: number }) => m.id);
  await advance(daysAgo(now, 30), sup, await liaison('liaison'), eastMeasures[0], 'inProgress');

  const west = await problemService.create(then, sup, {
    sourceKind: 'specialInspection',
    sourceTitle: '选人用人工作专项检查',
    finding: '干部人事档案专项审核中发现部分档案材料缺失，“三龄两历”认定依据不充分。',
    category: '选人用人',
    severity: 'serious',
    unitId: units.get('西城区')!,
    foundOn: then.today(),
    deadline: addDays(today, 25),
    measures: [{ title: '补齐缺失档案材料，逐卷复核“三龄两历”认定', leadUnitId: units.get('西城区')!, ownerName: '刘干部', deadline: addDays(today, -5) }], // dispatched 40 days ago: overdue now
  });
  await measureService.dispatch(then, sup, west.id);

  const south = await problemService.create(then, sup, {
    sourceKind: 'lookBack',
    sourceTitle: '“基层减负”工作回头看',
    finding: '个别街道仍要求社区重复填报同类报表，存在多头填报问题。',
    category: '作风建设',
    severity: 'general',
    unitId: units.get('南湖区')!,
    foundOn: then.today(),
    deadline: addDays(today, 30),
    measures: [{ title: '清理街道向社区下发的报表，合并重复事项', leadUnitId: units.get('南湖区')!, ownerName: '黄办', deadline: addDays(today, 20) }],
  });
  await measureService.dispatch(then, sup, south.id);
  const southMeasure = (await problemService.get(now, sup, south.id)).measures[0].id;
  await advance(daysAgo(now, 20), sup, await liaison('liaison-nanhu'), southMeasure, 'signedOff');
  const evidence = await uploadFile(daysAgo(now, 5), sup, '南湖区报表清理整改报告.txt', Buffer.from('南湖区已清理报表 23 张，合并重复事项 9 项。'));
  await acceptanceService.accept(daysAgo(now, 5), sup, south.id, { comment: '整改到位，同意验收。', fileIds: [evidence.id] });
}
