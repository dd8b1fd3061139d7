import { api } from '../../api/client';
import type { Light, SourceKind, TaskItem, TaskStatus } from '../ledger/api';

/** A count and the exact list endpoint (/api/tasks?…, /api/problems?…) that shows those rows. */
export interface Figure {
  count: number;
  list: string;
}

/** numerator / denominator (rounded to 4 decimals), null when the denominator is 0. */
export interface RateFigure {
  rate: number | null;
  numerator: Figure;
  denominator: Figure;
}

export interface Ref {
  id: number;
  name: string;
}

export interface ScopeQuery {
  unitId?: number;
  from?: string;
  to?: string;
}

export type Bucket = 'week' | 'month';

export interface TrendPoint {
  key: string;
  from: string;
  to: string;
  signedOff: Figure;
  dispatched: Figure;
}

export interface UnitRow {
  unit: Ref;
  active: Figure;
  signedOff: Figure;
  completionRate: RateFigure;
  overdue: Figure;
  lagging: Figure;
  byLight: Record<Light, Figure>;
  contributions: Record<string, Record<string, Figure | RateFigure>>;
}

export interface SourceRow {
  source: { id: number; title: string; kind: SourceKind };
  active: Figure;
  signedOff: Figure;
  overdue: Figure;
}

/** A contributed figure: a count, a rate, or a group of counts (problems by status). */
export type ContributedFigure = Figure | RateFigure | Record<string, Figure>;

/** GET /api/dashboard: state as of today, and what happened within the period. */
export interface DashboardOverview {
  asOf: string;
  scope: { unitId: number | null; name: string };
  active: Figure;
  byStatus: Partial<Record<TaskStatus, Figure>>;
  byLight: Record<Light, Figure>;
  signedOff: Figure;
  completionRate: RateFigure;
  overdue: Figure & { items: TaskItem[] };
  lagging: Figure & { items: TaskItem[] };
  bySource: SourceRow[];
  byUnit: UnitRow[];
  period: {
    from: string;
    to: string;
    bucket: Bucket;
    signedOff: Figure;
    dispatched: Figure;
    onTimeRate: RateFigure;
    trends: TrendPoint[];
  };
  /** Figures other modules add (problems: counts by status, 整改率), keyed by module. */
  contributions: Record<string, Record<string, ContributedFigure>>;
}

export interface BattleTask {
  id: number;
  number: string;
  title: string;
  status: TaskStatus;
  light: Light | null;
  start: string | null;
  deadline: string | null;
  signedOffOn: string | null;
  milestones: { title?: string; due: string; doneOn: string | null; late: boolean }[];
}

export interface BattleGroup {
  id: number | null;
  name: string;
  tasks: BattleTask[];
}

export type GroupBy = 'unit' | 'source';

export interface BattleMap {
  asOf: string;
  scope: { unitId: number | null; name: string };
  period: { from: string; to: string };
  groupBy: GroupBy;
  total: Figure;
  truncated: boolean;
  groups: BattleGroup[];
}

export interface RankingWeights {
  completion: number;
  onTime: number;
  overdue: number;
  rectification: number;
}

export interface RankingItem {
  rank: number | null;
  score: number | null;
  unit: Ref;
  completionRate: RateFigure;
  onTimeRate: RateFigure;
  overdue: Figure;
  overdueRate: RateFigure;
  rectificationRate: RateFigure | null;
}

export interface Rankings {
  asOf: string;
  scope: { unitId: number | null; name: string };
  period: { from: string; to: string };
  weights: RankingWeights;
  items: RankingItem[];
}

export const dashboardApi = {
  overview: (q: ScopeQuery & { bucket?: Bucket; top?: number }, signal?: AbortSignal) => api.get<DashboardOverview>('/api/dashboard', { ...q }, signal),
  battleMap: (q: ScopeQuery & { groupBy?: GroupBy }, signal?: AbortSignal) => api.get<BattleMap>('/api/dashboard/battle-map', { ...q }, signal),
  rankings: (q: ScopeQuery, signal?: AbortSignal) => api.get<Rankings>('/api/rankings', { ...q }, signal),
  weights: (signal?: AbortSignal) => api.get<RankingWeights>('/api/rankings/weights', undefined, signal),
  setWeights: (w: RankingWeights) => api.put<RankingWeights>('/api/rankings/weights', w),
};

export const isRate = (f: ContributedFigure): f is RateFigure => typeof f === 'object' && f !== null && 'numerator' in f && 'denominator' in f;
export const isFigure = (f: unknown): f is Figure =>
  typeof f === 'object' && f !== null && typeof (f as Figure).count === 'number' && typeof (f as Figure).list === 'string';
