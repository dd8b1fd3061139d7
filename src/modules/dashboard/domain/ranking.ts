import type { RateFigure } from './figures.ts';

/**
 * 排名: units (never people) ordered on outcomes only. The 2023 national rules against
 * 指尖上的形式主义 forbid ranking or scoring individuals on app activity, log-in time or points;
 * Luoshi therefore ranks units on what they delivered (completion, timeliness, overdue work,
 * rectification) and records no individual activity for it.
 */
export interface RankingWeights {
  completion: number;
  onTime: number;
  /** Weighs (1 − overdue share of open tasks): fewer overdue tasks rank higher. */
  overdue: number;
  /** Used only when a module contributes rectification rates (problems). */
  rectification: number;
}

export const DEFAULT_WEIGHTS: RankingWeights = { completion: 0.4, onTime: 0.3, overdue: 0.3, rectification: 0.2 };

export interface UnitOutcomes {
  unitId: number;
  completion: RateFigure;
  onTime: RateFigure;
  /** Overdue tasks among the unit's active tasks. */
  overdue: RateFigure;
  rectification?: RateFigure;
}

export interface Ranked<T extends UnitOutcomes> {
  rank: number | null;
  /** 0–100, the weighted mean of the metrics the unit has (a metric with no denominator is left out). */
  score: number | null;
  outcomes: T;
}

export function scoreOf(o: UnitOutcomes, w: RankingWeights): number | null {
  const parts: [number, number][] = [];
  if (o.completion.rate !== null) parts.push([w.completion, o.completion.rate]);
  if (o.onTime.rate !== null) parts.push([w.onTime, o.onTime.rate]);
  if (o.overdue.rate !== null) parts.push([w.overdue, 1 - o.overdue.rate]);
  if (o.rectification && o.rectification.rate !== null) parts.push([w.rectification, o.rectification.rate]);
  const weight = parts.reduce((s, [x]) => s + x, 0);
  if (weight <= 0) return null;
  return Math.round((parts.reduce((s, [x, v]) => s + x * v, 0) / weight) * 10000) / 100;
}

/** Highest score first; equal scores share a rank (1, 2, 2, 4); units with no score come last, unranked. */
export function rank<T extends UnitOutcomes>(units: T[], w: RankingWeights): Ranked<T>[] {
  const scored = units.map((outcomes) => ({ outcomes, score: scoreOf(outcomes, w), rank: null as number | null }));
  scored.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.outcomes.unitId - b.outcomes.unitId);
  scored.forEach((r, i) => {
    if (r.score === null) return;
    r.rank = i > 0 && scored[i - 1].score === r.score ? scored[i - 1].rank : i + 1;
  });
  return scored;
}

/** Weights must be finite, non-negative, and not all zero. */
export function validWeights(w: RankingWeights): boolean {
  const xs = [w.completion, w.onTime, w.overdue, w.rectification];
  return xs.every((x) => Number.isFinite(x) && x >= 0) && xs.some((x) => x > 0);
}
