/**
 * How the demo decomposes the seed speech: which unit leads each key task and which support it,
 * and where each task stands today, so a first start shows a ledger at every stage of the loop.
 */
export const CITY_WIDE = ['东城区', '西城区', '南湖区', '北山县'];

/** Lead and supporting units per task, in the speech's order (一、一要 … 四、). */
export const assignments: { match: string; lead: string; supporting: string[]; perDistrict?: boolean; deadlineDays?: number }[] = [
  { match: '两个维护', lead: '市委组织部', supporting: ['市委办公室'], deadlineDays: 36 },
  { match: '持续深入学习贯彻', lead: '市委宣传部', supporting: ['市委党校', '市委组织部'], deadlineDays: -12 },
  { match: '总结提炼主题教育', lead: '市委组织部', supporting: ['市直机关工委'], deadlineDays: 6 },
  { match: '党委（党组）建设', lead: '市委组织部', supporting: ['市直机关工委'], deadlineDays: 36 },
  { match: '基层战斗堡垒', lead: '市委组织部', supporting: ['市国资委', '市教育局', '市卫生健康委'], perDistrict: true, deadlineDays: 36 },
  { match: '领导班子建设', lead: '市委组织部', supporting: [], deadlineDays: 36 },
  { match: '年轻干部培养', lead: '市委组织部', supporting: ['市委党校', '市人力资源和社会保障局'] },
  { match: '教育培训工作', lead: '市委党校', supporting: ['市委组织部'], deadlineDays: -40 },
  { match: '严管厚爱', lead: '市委组织部', supporting: ['市人力资源和社会保障局'], deadlineDays: 36 },
];

/** The five requirements on the department itself (打铁必须自身硬) go on its 责任清单. */
export const selfRequirementsLead = '市委组织部';

/**
 * The stage each published task reaches, in order of publication (cycled). Steps are run
 * through the same services the API uses, by the users who would do them.
 */
export type Stage =
  'draft' | 'dispatched' | 'acknowledged' | 'inProgress' | 'lateReport' | 'signOffRequested' | 'returned' | 'extensionRequested' | 'signedOff';
export const stages: Stage[] = [
  'inProgress',
  'signedOff',
  'acknowledged',
  'returned',
  'inProgress',
  'signOffRequested',
  'dispatched',
  'extensionRequested',
  'lateReport',
  'signedOff',
  'inProgress',
  'draft',
];

export const reports = [
  '已召开专题会议研究部署，制定工作方案，明确责任分工和时间节点。',
  '已完成前期调研摸底，梳理问题清单 12 项，正在逐项推进整改。',
  '按计划推进，已完成阶段目标的六成，下一步将加强督促指导。',
  '已组织专题培训 3 期，覆盖党员干部 860 余人次。',
];
