import { labels, type Locale } from '../../../platform/i18n/index.ts';
import type { ProblemStatus } from '../domain/index.ts';

/**
 * The problem list in Excel: the import columns (问题清单) and the export layout (整改台账) as
 * units keep them, headers in both languages, shared by template, import and export.
 */
export type ImportKey = 'number' | 'source' | 'finding' | 'category' | 'severity' | 'unit' | 'foundOn' | 'deadline' | 'measures';
export type ExportKey = 'number' | 'source' | 'finding' | 'category' | 'unit' | 'measures' | 'deadline' | 'progress' | 'status' | 'light';
type Key = ImportKey | ExportKey;

export const headers: Record<Locale, Record<Key, string>> = {
  'zh-CN': {
    number: '序号',
    source: '问题来源',
    finding: '问题描述',
    category: '问题类别',
    severity: '严重程度',
    unit: '责任单位',
    foundOn: '发现日期',
    deadline: '整改时限',
    measures: '整改措施',
    progress: '整改进展',
    status: '整改状态',
    light: '亮灯',
  },
  'en-US': {
    number: 'No.',
    source: 'Source',
    finding: 'Problem',
    category: 'Category',
    severity: 'Severity',
    unit: 'Responsible unit',
    foundOn: 'Found on',
    deadline: 'Deadline',
    measures: 'Measures',
    progress: 'Progress',
    status: 'Status',
    light: 'Light',
  },
};

/** Headers seen in other problem lists, read as the same column. */
const aliases: Record<string, ImportKey> = {
  问题: 'finding',
  存在问题: 'finding',
  问题表现: 'finding',
  反馈问题: 'finding',
  整改责任单位: 'unit',
  牵头单位: 'unit',
  完成时限: 'deadline',
  整改期限: 'deadline',
  类别: 'category',
  来源: 'source',
};

export const importColumns: { key: ImportKey; width: number }[] = [
  { key: 'number', width: 6 },
  { key: 'source', width: 24 },
  { key: 'finding', width: 48 },
  { key: 'category', width: 12 },
  { key: 'severity', width: 10 },
  { key: 'unit', width: 16 },
  { key: 'foundOn', width: 13 },
  { key: 'deadline', width: 13 },
  { key: 'measures', width: 48 },
];

export const exportColumns: { key: ExportKey; width: number }[] = [
  { key: 'number', width: 6 },
  { key: 'source', width: 20 },
  { key: 'finding', width: 40 },
  { key: 'category', width: 11 },
  { key: 'unit', width: 14 },
  { key: 'measures', width: 40 },
  { key: 'deadline', width: 13 },
  { key: 'progress', width: 40 },
  { key: 'status', width: 11 },
  { key: 'light', width: 7 },
];

// From the catalog the web shares, so the exported 整改台账 and the page name a state alike.
export const statusLabels: Record<Locale, Record<ProblemStatus, string>> = { 'zh-CN': labels['zh-CN'].problemStatus, 'en-US': labels['en-US'].problemStatus };

export const lightLabels: Record<Locale, Record<'red' | 'yellow' | 'green', string>> = { 'zh-CN': labels['zh-CN'].light, 'en-US': labels['en-US'].light };

export { lightFills } from '../../../platform/excel/sheet-writer.ts';

const norm = (s: string) =>
  s
    .replace(/[（(]?必填[)）]?/g, '')
    .replace(/[\s*＊]/g, '')
    .toLowerCase();
const index = new Map<string, ImportKey>();
for (const locale of Object.keys(headers) as Locale[]) for (const c of importColumns) index.set(norm(headers[locale][c.key]), c.key);
for (const [k, v] of Object.entries(aliases)) index.set(norm(k), v);

export const columnOfHeader = (text: string): ImportKey | undefined => index.get(norm(text));

/** "东城区问题整改台账（截至2026年3月1日）" */
export function titleOf(locale: Locale, unitName: string | null, today: string): string {
  const [y, m, d] = today.split('-').map(Number);
  if (locale === 'en-US') return `${unitName ? `${unitName} — ` : ''}Rectification ledger (as of ${today})`;
  return `${unitName ?? ''}问题整改台账（截至${y}年${m}月${d}日）`;
}

export const fileNameOf = (locale: Locale, today: string) => (locale === 'en-US' ? `rectification-ledger-${today}.xlsx` : `整改台账-${today}.xlsx`);
