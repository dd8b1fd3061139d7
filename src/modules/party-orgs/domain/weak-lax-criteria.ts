/**
 * 认定标准: the criteria dictionary is data (a table of the module, grouped in categories); these are
 * the national guidance's eight basic types the demo and a fresh install start from. Source: the
 * Central Organization Department's eight basic situations of weak and lax grassroots organizations
 * (中央组织部列出软弱涣散基层党组织的8种基本情形, as reported by 人民日报 2017-09-12, 《软弱涣散党组织如何
 * “跟上趟”》), worded as local guidance documents restate them (e.g. county 整顿意见: 书记不胜任现职、班子不团结、
 * 组织制度形同虚设、宗族宗教和黑恶势力干扰渗透、村务管理混乱、信访矛盾纠纷集中、集体经济薄弱、服务群众意识淡薄).
 * Departments refine them (各地在此基础上细化、具体化): the dictionary is edited, not this list.
 */
export const CRITERION_CATEGORIES = ['team', 'organizationalLife', 'governance', 'development'] as const;
export type CriterionCategory = (typeof CRITERION_CATEGORIES)[number];

export interface Criterion {
  code: string;
  category: CriterionCategory;
  name: string;
}

export const NATIONAL_BASIC_TYPES: readonly Criterion[] = [
  { code: 'secretaryUnfit', category: 'team', name: '党组织书记不胜任现职、工作不在状态、严重影响班子整体作用发挥' },
  { code: 'teamDisunited', category: 'team', name: '班子不团结、内耗严重、工作不能正常开展' },
  { code: 'orgLifeIrregular', category: 'organizationalLife', name: '组织制度形同虚设、组织生活不正常、不开展党组织活动' },
  { code: 'clanInterference', category: 'governance', name: '宗族宗教和黑恶势力干扰渗透严重' },
  { code: 'affairsChaotic', category: 'governance', name: '村务管理混乱、党务村务财务不公开' },
  { code: 'petitionsConcentrated', category: 'governance', name: '信访矛盾纠纷集中、社会治安问题突出' },
  { code: 'economyWeak', category: 'development', name: '集体经济薄弱、带领群众致富能力不强' },
  { code: 'serviceWeak', category: 'development', name: '服务群众意识淡薄、服务能力弱、群众意见大' },
];

export const CRITERION_CODE = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;
