/**
 * 通报: the text of a briefing assembled from figures, in the usual shape of
 * 关于X月份重点任务推进情况的通报. Pure: the service gathers the figures; people edit the text
 * before it is issued.
 */
import { chineseDate, monthEnd } from '../../../platform/calendar/index.ts';

export interface UnitRow {
  unit: string;
  total: number;
  signedOff: number;
  /** '87.5%' */
  rate: string;
  overdue: number;
  /** Completion as a number (null: no tasks); absent in briefings stored before it was kept. */
  completion?: number | null;
  /** On-time rate of the period's sign-offs (null: nothing signed off in the period). */
  onTime?: number | null;
  /** The row of the scope's own work (tasks led by the scope unit itself, not by a child). */
  own?: boolean;
}

/** Who may be praised: stated in the text with its figures (an install setting). */
export interface PraiseRule {
  /** A unit needs at least this many tasks to be praised. */
  minTasks: number;
}
export const DEFAULT_PRAISE_RULE: PraiseRule = { minTasks: 3 };

export interface OverdueUnit {
  unit: string;
  count: number;
  tasks: { number: string; title: string; deadline: string | null }[];
}

export interface BriefingFigures {
  scopeName: string;
  from: string;
  to: string;
  asOf: string;
  active: number;
  signedOff: number;
  completionRate: string;
  signedOffInPeriod: number;
  dispatchedInPeriod: number;
  onTimeRate: string;
  overdue: number;
  lagging: number;
  /** Scope averages as numbers, the yardstick of praise. */
  completion?: number | null;
  onTime?: number | null;
  rule?: PraiseRule;
  rows: UnitRow[];
  /** Top of the ranking, best first. */
  commended: string[];
  overdueUnits: OverdueUnit[];
}

export type SectionKey = 'overview' | 'table' | 'commended' | 'overdue' | 'nextSteps';
export const SECTION_KEYS: SectionKey[] = ['overview', 'table', 'commended', 'overdue', 'nextSteps'];

export interface BriefingContent {
  title: string;
  /** Who issues it: the install's organization department (platform/issuer.ts; the 通报 may override it in the setting briefings.issuer), printed above the date. */
  issuer: string;
  /** 发文字号 prefix, e.g. X组通; the number itself is given when the briefing is issued. */
  docPrefix?: string;
  /** 〔2026〕3号 once issued. */
  docNumber?: string;
  /** 主送 and 抄送 lines. */
  mainTo?: string;
  cc?: string;
  figures: BriefingFigures;
  sections: { key: SectionKey; heading: string; text: string }[];
}

/** 关于6月份… for one calendar month, else 关于2026年4月1日至6月30日… */
export function defaultTitle(from: string, to: string): string {
  const oneMonth = from.slice(0, 7) === to.slice(0, 7) && from.endsWith('-01') && to === monthEnd(to);
  if (oneMonth) return `关于${Number(from.slice(5, 7))}月份重点任务推进情况的通报`;
  return `关于${chineseDate(from)}至${chineseDate(to)}重点任务推进情况的通报`;
}

/** '87.5%' as the dashboard prints a rate (kept here so the domain stays pure and free of module imports). */
const percent = (rate: number | null | undefined) => {
  if (rate === null || rate === undefined) return '—';
  const p = Math.round(rate * 1000) / 10;
  return `${Number.isInteger(p) ? p.toFixed(0) : p.toFixed(1)}%`;
};
const pct = percent;

/**
 * Praise by the stated rule: enough tasks, and above the scope's average on BOTH completion and the
 * period's on-time rate (a unit without an on-time rate, or a scope without one, is not praised).
 * The issuer never praises itself; the scope's own-work row is not a unit.
 */
export function praised(f: BriefingFigures, issuer: string): string[] {
  const rule = f.rule ?? DEFAULT_PRAISE_RULE;
  if (f.completion == null || f.onTime == null) return [];
  return tableRows(f.rows)
    .rows.filter((r) => !r.own && r.unit !== issuer && r.total >= rule.minTasks)
    .filter((r) => r.completion != null && r.completion > f.completion! && r.onTime != null && r.onTime > f.onTime!)
    .map((r) => r.unit);
}

/** The table as the text says: by completion rate (then tasks), all-zero rows left out and counted. */
export function tableRows(rows: UnitRow[]): { rows: UnitRow[]; omitted: number; total: UnitRow } {
  const shown = rows.filter((r) => r.total || r.signedOff || r.overdue);
  const rate = (r: UnitRow) => r.completion ?? (r.total ? r.signedOff / r.total : -1);
  shown.sort((a, b) => rate(b) - rate(a) || b.total - a.total || a.overdue - b.overdue);
  const sum = (k: 'total' | 'signedOff' | 'overdue') => rows.reduce((n, r) => n + r[k], 0);
  const t = sum('total');
  const total: UnitRow = { unit: '合计', total: t, signedOff: sum('signedOff'), overdue: sum('overdue'), rate: t ? percent(sum('signedOff') / t) : '—' };
  return { rows: shown, omitted: rows.length - shown.length, total };
}

export function composeBriefing(figures: BriefingFigures, issuer: string, title?: string): BriefingContent {
  // Stored figures from before the rule carry no rates: keep what they said.
  const f = figures.completion === undefined ? figures : { ...figures, commended: praised(figures, issuer) };
  const onTimeText = f.onTimeRate === '—' ? '暂无按期完成数据' : `按期完成率${f.onTimeRate}`;
  const overview =
    `截至${chineseDate(f.asOf)}，${f.scopeName}共有在办和已办结重点任务${f.active}项，已销号${f.signedOff}项，${f.completionRate === '—' ? '暂无完成率数据' : `完成率${f.completionRate}`}；` +
    `逾期未完成${f.overdue}项，进度滞后或临近时限${f.lagging}项。` +
    `${chineseDate(f.from)}至${chineseDate(f.to)}，新下达任务${f.dispatchedInPeriod}项，销号${f.signedOffInPeriod}项，${onTimeText}。`;
  const { omitted } = tableRows(f.rows);
  const table =
    `各单位任务推进情况见下表（按完成率从高到低排列，逾期数为截至${chineseDate(f.asOf)}超过完成时限仍未办结的任务数` +
    `${omitted ? `；另有${omitted}个单位本期无任务，未列入` : ''}）。`;
  const rule = f.rule ?? DEFAULT_PRAISE_RULE;
  const avg = f.completion == null || f.onTime == null ? null : `${f.scopeName}平均完成率${pct(f.completion)}、平均按期完成率${pct(f.onTime)}`;
  const yardstick = `按照任务数不少于${rule.minTasks}项、任务完成率和按期完成率均高于${avg ?? `${f.scopeName}平均水平`}的标准`;
  const commended = !avg
    ? `${yardstick}，本期${f.scopeName}暂无按期完成数据，不作表扬。`
    : f.commended.length
      ? `${yardstick}，${f.commended.join('、')}${f.commended.length > 1 ? `${f.commended.length}个单位` : ''}推进有力，予以通报表扬。`
      : `${yardstick}，本期暂无符合表扬条件的单位。`;
  const overdue = f.overdueUnits.length
    ? f.overdueUnits
        .map(
          (u) =>
            `${u.unit}逾期${u.count}项：${u.tasks.map((t) => `${t.number ? `${t.number} ` : ''}${t.title}${t.deadline ? `（时限${chineseDate(t.deadline)}）` : ''}`).join('；')}${u.count > u.tasks.length ? '等' : ''}。`,
        )
        .join('\n') + '\n请上述单位认真分析原因，明确整改时限，尽快办结，并将情况书面报送。'
    : '本期无逾期未完成任务。';
  const nextSteps =
    '一是压实工作责任。各单位主要负责同志要亲自研究部署，分管同志具体抓，确保每项任务有人管、有人抓。\n' +
    '二是加快推进进度。对逾期和滞后任务，要逐项分析原因，倒排工期，限期办结。\n' +
    `三是强化督查问效。${issuer}将持续跟踪督办，对推进不力的单位予以通报并约谈提醒。`;
  return {
    title: title ?? defaultTitle(f.from, f.to),
    issuer,
    figures: f,
    sections: [
      { key: 'overview', heading: '一、总体情况', text: overview },
      { key: 'table', heading: '二、各单位推进情况', text: table },
      { key: 'commended', heading: '三、表扬单位', text: commended },
      { key: 'overdue', heading: '四、存在逾期任务的单位', text: overdue },
      { key: 'nextSteps', heading: '五、下一步工作要求', text: nextSteps },
    ],
  };
}

/** Applies edited texts (only known sections) and an edited title. */
export function editBriefing(c: BriefingContent, edit: { title?: string; sections?: Partial<Record<SectionKey, string>> }): BriefingContent {
  return {
    ...c,
    title: edit.title ?? c.title,
    sections: c.sections.map((s) => (edit.sections?.[s.key] !== undefined ? { ...s, text: edit.sections[s.key]! } : s)),
  };
}
