/** Source kinds, severities and the default categories, with the words people write for them. */
export const SOURCE_KINDS = ['inspection', 'specialInspection', 'lookBack', 'task'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SEVERITIES = ['general', 'serious', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const DEFAULT_CATEGORIES = ['政治建设', '组织建设', '选人用人', '作风建设', '党风廉政'];

type Locale = 'zh-CN' | 'en-US';

export const severityLabels: Record<Locale, Record<Severity, string>> = {
  'zh-CN': { general: '一般', serious: '严重', critical: '重大' },
  'en-US': { general: 'General', serious: 'Serious', critical: 'Critical' },
};

const severityWords: Record<string, Severity> = {
  较重: 'serious',
  较严重: 'serious',
  特别严重: 'critical',
  一般问题: 'general',
  严重问题: 'serious',
  重大问题: 'critical',
};

/** A severity from its label in either language, its identifier or a common variant; blank is general. */
export function severityOf(text: string): Severity | undefined {
  const t = text.trim().toLowerCase();
  if (!t) return 'general';
  for (const labels of Object.values(severityLabels))
    for (const [k, v] of Object.entries(labels)) if (v.toLowerCase() === t || k.toLowerCase() === t) return k as Severity;
  return severityWords[t];
}

/**
 * The kind of a source as an imported row names it ("市委第三巡察组反馈意见" → inspection).
 * Anything that is neither an inspection nor a look-back counts as a special check.
 */
export function sourceKindOf(title: string): Exclude<SourceKind, 'task'> {
  if (/回头看/.test(title)) return 'lookBack';
  if (/巡视|巡察|inspection tour/i.test(title)) return 'inspection';
  return 'specialInspection';
}

/** 整改措施 cell: one measure per line, list numbering ("1.", "（2）", "3、", "①") dropped. */
export function splitMeasureLines(text: string): string[] {
  return text
    .split(/\r?\n|\r/)
    .map((l) =>
      l
        .trim()
        .replace(/^(?:[（(]?\d{1,2}[)）.、．]|[①-⑳]|[一二三四五六七八九十]+[、.．])\s*/, '')
        .trim(),
    )
    .filter(Boolean);
}
