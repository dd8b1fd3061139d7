import type { DesignationStatus, WeakLaxStatus } from './weak-lax.ts';

/**
 * The weak-and-lax figures: designated / rectifying / accepted / watched. A figure is a stage, a set
 * of statuses, so a figure and the list it opens (`stage=`) count the same rows:
 * - designated: every organization designated in the year, whatever it has become since;
 * - rectifying: under rectification (designated, or with its plan), not yet accepted;
 * - accepted: passed acceptance (under watch or closed after the look-back);
 * - watched: in the year's watch after acceptance.
 */
export const WEAK_LAX_STAGES = ['designated', 'rectifying', 'accepted', 'watched'] as const;
export type WeakLaxStage = (typeof WEAK_LAX_STAGES)[number];

export const STAGE_STATUSES: Record<WeakLaxStage, readonly DesignationStatus[]> = {
  designated: ['designated', 'rectifying', 'watched', 'closed'],
  rectifying: ['designated', 'rectifying'],
  accepted: ['watched', 'closed'],
  watched: ['watched'],
};

/** One group of a GROUP BY (status, organization category). */
export interface StatusCount {
  status: WeakLaxStatus;
  category: string;
  count: number;
}

export interface StageFigures {
  byStage: Record<WeakLaxStage, number>;
  /** Screened with criteria met, not (yet) designated. */
  screened: number;
  byCategory: { category: string; byStage: Record<WeakLaxStage, number> }[];
}

const zero = (): Record<WeakLaxStage, number> => ({ designated: 0, rectifying: 0, accepted: 0, watched: 0 });

function add(into: Record<WeakLaxStage, number>, status: WeakLaxStatus, n: number) {
  for (const s of WEAK_LAX_STAGES) if ((STAGE_STATUSES[s] as readonly string[]).includes(status)) into[s] += n;
}

/** Folds the grouped counts into the stage figures, overall and per category (categories in the order given). */
export function stageFigures(counts: readonly StatusCount[], categories: readonly string[]): StageFigures {
  const byStage = zero();
  const per = new Map(categories.map((c) => [c, zero()]));
  let screened = 0;
  for (const c of counts) {
    if (c.status === 'screened') {
      screened += c.count;
      continue;
    }
    add(byStage, c.status, c.count);
    if (!per.has(c.category)) per.set(c.category, zero());
    add(per.get(c.category)!, c.status, c.count);
  }
  return { byStage, screened, byCategory: [...per].map(([category, s]) => ({ category, byStage: s })) };
}

/**
 * 倒排: a department that ranks its organizations and takes the last quota percent (commonly 5–10%
 * of villages and communities a year) compares the designated count with that quota.
 * `quotaPercent` null: no quota in use.
 */
export function quotaShare(
  designated: number,
  organizations: number,
  quotaPercent: number | null,
): { quota: number; designated: number; share: number | null } | null {
  if (quotaPercent === null) return null;
  const quota = Math.ceil((organizations * quotaPercent) / 100);
  return { quota, designated, share: quota === 0 ? null : Math.round((designated / quota) * 1000) / 10 };
}
