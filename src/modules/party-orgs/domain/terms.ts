import { addMonths, type IsoDate } from '../../../platform/calendar/index.ts';
import type { OrgCategory, OrgKind, TermChangeKind, TermStatus } from './vocabulary.ts';

/**
 * Term lengths (任期), in years. Source: 中共中央办公厅《关于党的基层组织任期的意见》(2018): 党的基层
 * 委员会每届任期 5 年; 党的总支部委员会、支部委员会每届任期 3 年; 村、社区党组织每届任期 5 年 (all kinds,
 * in step with the village and residents' committees). 党组 and 党工委 are appointed, not elected, so
 * they have no term by default (null). The module's settings may change every figure.
 */
export interface TermRules {
  byKind: Record<OrgKind, number | null>;
  /** Every kind in villages and communities (category rural, community). */
  villageAndCommunity: number;
}

export const DEFAULT_TERM_RULES: TermRules = {
  byKind: { committee: 5, generalBranch: 3, branch: 3, leadingGroup: null, workingCommittee: null },
  villageAndCommunity: 5,
};

/** How far ahead of the term's end a renewal reminder goes, in months (6, 3, then 1). */
export const REMINDER_MONTHS = [6, 3, 1] as const;
/** Within this many months of its end a term is due soon (列入换届提醒). */
export const DUE_SOON_MONTHS = 6;
/** An extension or early election moves the end by at most this many months (不超过 1 年). */
export const MAX_CHANGE_MONTHS = 12;

/** The default term length of an organization, in years; null when it has none. */
export function defaultTermYears(kind: OrgKind, category: OrgCategory, rules: TermRules = DEFAULT_TERM_RULES): number | null {
  if (category === 'rural' || category === 'community') return rules.villageAndCommunity;
  return rules.byKind[kind];
}

/** The ordinary end of a term: the same day `years` later, clipped (2024-02-29 + 5 → 2029-02-28). */
export function ordinaryTermEnd(start: IsoDate | null, years: number | null): IsoDate | null {
  if (!start || !years) return null;
  return addMonths(start, years * 12);
}

export function termStatus(end: IsoDate | null, today: IsoDate): TermStatus {
  if (!end) return 'unknown';
  if (end < today) return 'overdue';
  return end <= addMonths(today, DUE_SOON_MONTHS) ? 'dueSoon' : 'ok';
}

/** The days a term's reminders fall on: 6, 3 and 1 month before its end. */
export function reminderDates(end: IsoDate): { threshold: number; on: IsoDate }[] {
  return REMINDER_MONTHS.map((threshold) => ({ threshold, on: addMonths(end, -threshold) }));
}

/**
 * The reminder due today for a term ending `end`, given the thresholds already sent for that end:
 * the nearest threshold whose day has come (a term recorded late does not get three reminders at
 * once), plus the earlier thresholds it makes moot, to be recorded as sent. Null when none is due
 * (nothing has come, it was sent, or the term has already ended: overdue terms are listed instead).
 */
export function dueReminder(end: IsoDate, today: IsoDate, sent: readonly number[]): { threshold: number; covers: number[] } | null {
  if (today > end) return null;
  const come = reminderDates(end).filter((r) => r.on <= today);
  if (!come.length) return null;
  const nearest = come[come.length - 1].threshold;
  if (sent.includes(nearest)) return null;
  return { threshold: nearest, covers: come.map((r) => r.threshold).filter((t) => !sent.includes(t)) };
}

export interface TermProblem {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

/**
 * Whether an extension (延期) or early election (提前换届) to `newEnd` may be recorded for a term whose
 * ordinary end is `ordinaryEnd`: an extension ends later, an early election sooner, neither by more
 * than a year (MAX_CHANGE_MONTHS). Returns the problems; none means allowed.
 */
export function termChangeProblems(kind: TermChangeKind, ordinaryEnd: IsoDate | null, newEnd: IsoDate): TermProblem[] {
  if (!ordinaryEnd) return [{ field: 'body.kind', code: 'partyOrgs.term.no_term' }];
  if (kind === 'extension') {
    if (newEnd <= ordinaryEnd) return [{ field: 'body.newTermEnd', code: 'partyOrgs.term.extension_not_later', params: { ordinaryEnd } }];
    const limit = addMonths(ordinaryEnd, MAX_CHANGE_MONTHS);
    if (newEnd > limit) return [{ field: 'body.newTermEnd', code: 'partyOrgs.term.beyond_year', params: { ordinaryEnd, limit } }];
  } else {
    if (newEnd >= ordinaryEnd) return [{ field: 'body.newTermEnd', code: 'partyOrgs.term.early_not_sooner', params: { ordinaryEnd } }];
    const limit = addMonths(ordinaryEnd, -MAX_CHANGE_MONTHS);
    if (newEnd < limit) return [{ field: 'body.newTermEnd', code: 'partyOrgs.term.beyond_year', params: { ordinaryEnd, limit } }];
  }
  return [];
}

/** The term's effective end: the last approved change's, else the ordinary one. */
export function effectiveTermEnd(ordinaryEnd: IsoDate | null, changes: readonly { ordinaryEnd: IsoDate; newTermEnd: IsoDate }[]): IsoDate | null {
  const applying = changes.filter((c) => c.ordinaryEnd === ordinaryEnd);
  return applying.length ? applying[applying.length - 1].newTermEnd : ordinaryEnd;
}
