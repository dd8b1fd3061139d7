import { labels, type Locale } from '../../../platform/i18n/index.ts';
import { categories } from '../service/tasks.ts';

/**
 * The ledger's Excel layout (台账 as units keep it): one place for column order, headers in both
 * languages, widths and the labels of categories, flags and lights, shared by export, template
 * and import so an exported file reads back as it was written.
 */
export type ColumnKey =
  | 'number'
  | 'code'
  | 'source'
  | 'remark'
  | 'title'
  | 'measures'
  | 'leadUnit'
  | 'supportingUnits'
  | 'owner'
  | 'deadline'
  | 'progress'
  | 'status'
  | 'light'
  | 'category'
  | 'key';

export const headers: Record<Locale, Record<ColumnKey, string>> = {
  'zh-CN': {
    number: '序号',
    code: '编号',
    source: '来源',
    title: '任务内容',
    measures: '具体措施',
    leadUnit: '牵头单位',
    supportingUnits: '配合单位',
    owner: '责任人',
    deadline: '完成时限',
    progress: '进展情况',
    status: '状态',
    light: '亮灯',
    category: '类别',
    key: '重点任务',
    remark: '备注',
  },
  'en-US': {
    number: 'No.',
    code: 'Task no.',
    source: 'Source',
    title: 'Task',
    measures: 'Measures',
    leadUnit: 'Lead unit',
    supportingUnits: 'Supporting units',
    owner: 'Owner',
    deadline: 'Deadline',
    progress: 'Progress',
    status: 'Status',
    light: 'Light',
    category: 'Category',
    key: 'Key task',
    remark: 'Remarks',
  },
};

/** Other headers seen in units' own decomposition tables, read as the same column. */
const aliases: Record<string, ColumnKey> = {
  责任单位: 'supportingUnits',
  工作任务: 'title',
  任务: 'title',
  时间节点: 'deadline',
  完成时间: 'deadline',
  具体举措: 'measures',
  工作措施: 'measures',
};

/**
 * The users' ledger layout: 序号 (the running count) beside the task's own number (三要, 1.1),
 * 来源 and 具体措施 as the decomposition template has them, and 备注 left for the unit's notes.
 */
export const exportColumns: { key: ColumnKey; width: number }[] = [
  { key: 'number', width: 6 },
  { key: 'code', width: 8 },
  { key: 'source', width: 16 },
  { key: 'title', width: 40 },
  { key: 'measures', width: 32 },
  { key: 'leadUnit', width: 16 },
  { key: 'supportingUnits', width: 20 },
  { key: 'owner', width: 9 },
  { key: 'deadline', width: 12 },
  { key: 'progress', width: 34 },
  { key: 'status', width: 9 },
  { key: 'light', width: 6 },
  { key: 'category', width: 9 },
  { key: 'key', width: 6 },
  { key: 'remark', width: 12 },
];

export const templateColumns: { key: ColumnKey; width: number }[] = [
  { key: 'number', width: 6 },
  { key: 'title', width: 48 },
  { key: 'measures', width: 36 },
  { key: 'leadUnit', width: 16 },
  { key: 'supportingUnits', width: 22 },
  { key: 'owner', width: 10 },
  { key: 'deadline', width: 13 },
  { key: 'category', width: 10 },
  { key: 'key', width: 9 },
];

export type Category = (typeof categories)[number];

export const categoryLabels: Record<Locale, Record<Category, string>> = {
  'zh-CN': { responsibility: '责任清单', task: '任务清单', problem: '问题清单' },
  'en-US': { responsibility: 'Responsibility list', task: 'Task list', problem: 'Problem list' },
};

export const yesNo: Record<Locale, [string, string]> = { 'zh-CN': ['是', '否'], 'en-US': ['Yes', 'No'] };

export const lightLabels: Record<Locale, Record<'red' | 'yellow' | 'green', string>> = { 'zh-CN': labels['zh-CN'].light, 'en-US': labels['en-US'].light };

export { lightFills } from '../../../platform/excel/sheet-writer.ts';

const norm = (s: string) =>
  s
    .replace(/[（(]?必填[)）]?/g, '')
    .replace(/[\s*＊]/g, '')
    .toLowerCase();
const headerIndex = new Map<string, ColumnKey>();
for (const locale of Object.keys(headers) as Locale[]) for (const [k, v] of Object.entries(headers[locale])) headerIndex.set(norm(v), k as ColumnKey);
for (const [k, v] of Object.entries(aliases)) headerIndex.set(norm(k), v);

/** The column a header cell names, in either language ("任务内容（必填）" included), or undefined. */
export const columnOfHeader = (text: string): ColumnKey | undefined => headerIndex.get(norm(text));

/** A category from its label in either language or its identifier. */
export function categoryOf(text: string): Category | undefined {
  const t = text.trim().toLowerCase();
  for (const locale of Object.keys(categoryLabels) as Locale[]) {
    for (const [k, v] of Object.entries(categoryLabels[locale])) if (v.toLowerCase() === t || k.toLowerCase() === t) return k as Category;
  }
  return ({ 责任: 'responsibility', 任务: 'task', 问题: 'problem' } as Record<string, Category>)[t];
}

/** 是/否 and their usual spellings; undefined when the text is neither. */
export function flagOf(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (['是', 'yes', 'y', 'true', '1', '√', '✓', '重点'].includes(t)) return true;
  if (['否', 'no', 'n', 'false', '0', '×', ''].includes(t)) return false;
  return undefined;
}

/** "东城区重点任务推进台账（截至2026年11月25日）" */
export function titleOf(locale: Locale, unitName: string | null, today: string): string {
  const [y, m, d] = today.split('-').map(Number);
  if (locale === 'en-US') return `${unitName ? `${unitName} — ` : ''}Key tasks ledger (as of ${today})`;
  return `${unitName ?? ''}重点任务推进台账（截至${y}年${m}月${d}日）`;
}

/** "填报单位：东城区　　填报日期：2026年3月10日", the line under a ledger's title. */
export function fillerLineOf(locale: Locale, unitName: string | null, today: string): string {
  const [y, m, d] = today.split('-').map(Number);
  if (locale === 'en-US') return `Reporting unit: ${unitName ?? ''}    Date: ${today}`;
  return `填报单位：${unitName ?? ''}　　　　填报日期：${y}年${m}月${d}日`;
}

export const fileNameOf = (locale: Locale, today: string) => (locale === 'en-US' ? `ledger-${today}.xlsx` : `台账-${today}.xlsx`);
