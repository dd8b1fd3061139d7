import { LIGHTFUL_STATUSES, listUrl, type TaskFilter } from '../../ledger/index.ts';
import { rateOf, type Figure, type RateFigure } from '../domain/figures.ts';
import type { StatusRow } from '../repo.ts';
import { ACTIVE_STATUSES } from './scope.ts';

export interface StateFigures {
  /** Dispatched and not cancelled: completion's denominator. */
  active: Figure;
  byStatus: Record<string, Figure>;
  byLight: Record<'red' | 'yellow' | 'green', Figure>;
  signedOff: Figure;
  completionRate: RateFigure;
  /** 逾期: red light (past the deadline and still owing work). */
  overdue: Figure;
  /** 滞后/预警: yellow light (an undone milestone past its date, a missing report, or the deadline near). */
  lagging: Figure;
}

/** Figures of a scope as of today from its counts by status and light; each opens its exact list. */
export function stateFigures(rows: StatusRow[], base: TaskFilter): StateFigures {
  const total = (statuses: string[]) => rows.filter((r) => statuses.includes(r.status)).reduce((n, r) => n + r.total, 0);
  const lightful = rows.filter((r) => LIGHTFUL_STATUSES.includes(r.status));
  const red = lightful.reduce((n, r) => n + r.red, 0);
  const yellow = lightful.reduce((n, r) => n + r.yellow, 0);
  const green = lightful.reduce((n, r) => n + r.total, 0) - red - yellow;
  const byStatus: Record<string, Figure> = {};
  for (const s of [...ACTIVE_STATUSES, 'cancelled']) byStatus[s] = { count: total([s]), list: listUrl({ ...base, status: [s] }) };
  const light = (l: 'red' | 'yellow' | 'green', count: number): Figure => ({ count, list: listUrl({ ...base, light: [l] }) });
  const active: Figure = { count: total(ACTIVE_STATUSES), list: listUrl({ ...base, status: ACTIVE_STATUSES }) };
  const signedOff = byStatus.signedOff;
  return {
    active,
    byStatus,
    byLight: { red: light('red', red), yellow: light('yellow', yellow), green: light('green', green) },
    signedOff,
    completionRate: rateOf(signedOff, active),
    overdue: light('red', red),
    lagging: light('yellow', yellow),
  };
}
