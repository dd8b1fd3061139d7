import type { Locale } from '../../../platform/i18n/index.ts';

/**
 * The organization list in Excel as the national party-member information system (全国党员管理信息
 * 系统) exports it: one layout for the template, the import and the export, headers in both languages.
 */
export type OrgKey = 'name' | 'category' | 'kind' | 'parent' | 'unit' | 'foundedOn' | 'secretary' | 'background' | 'memberCount' | 'termStart' | 'termEnd';

export const headers: Record<Locale, Record<OrgKey, string>> = {
  'zh-CN': {
    name: '组织名称',
    category: '组织类别',
    kind: '组织类型',
    parent: '上级党组织',
    unit: '所在单位',
    foundedOn: '成立日期',
    secretary: '书记',
    background: '书记身份',
    memberCount: '党员数',
    termStart: '换届日期',
    termEnd: '届满日期',
  },
  'en-US': {
    name: 'Organization',
    category: 'Category',
    kind: 'Kind',
    parent: 'Superior organization',
    unit: 'Host unit',
    foundedOn: 'Founded on',
    secretary: 'Secretary',
    background: 'Secretary background',
    memberCount: 'Members',
    termStart: 'Last renewal',
    termEnd: 'Term ends',
  },
};

/** Headers seen in other exports of the same list, read as the same column. */
const aliases: Record<string, OrgKey> = {
  党组织名称: 'name',
  党组织全称: 'name',
  名称: 'name',
  党组织类别: 'category',
  单位类别: 'category',
  党组织类型: 'kind',
  组织层级: 'kind',
  隶属党组织: 'parent',
  上级组织: 'parent',
  所在单位名称: 'unit',
  单位名称: 'unit',
  建立日期: 'foundedOn',
  成立时间: 'foundedOn',
  党组织书记: 'secretary',
  书记姓名: 'secretary',
  党员人数: 'memberCount',
  本届换届日期: 'termStart',
  换届时间: 'termStart',
  任期届满日期: 'termEnd',
  届满时间: 'termEnd',
};

export const columns: { key: OrgKey; width: number }[] = [
  { key: 'name', width: 32 },
  { key: 'category', width: 12 },
  { key: 'kind', width: 10 },
  { key: 'parent', width: 28 },
  { key: 'unit', width: 22 },
  { key: 'foundedOn', width: 13 },
  { key: 'secretary', width: 10 },
  { key: 'background', width: 11 },
  { key: 'memberCount', width: 8 },
  { key: 'termStart', width: 13 },
  { key: 'termEnd', width: 13 },
];

const norm = (s: string) =>
  s
    .replace(/[（(]?必填[)）]?/g, '')
    .replace(/[\s*＊]/g, '')
    .toLowerCase();
const index = new Map<string, OrgKey>();
for (const locale of Object.keys(headers) as Locale[]) for (const c of columns) index.set(norm(headers[locale][c.key]), c.key);
for (const [k, v] of Object.entries(aliases)) index.set(norm(k), v);

export const columnOfHeader = (text: string): OrgKey | undefined => index.get(norm(text));

export const MAX_IMPORT_ROWS = 100_000;
