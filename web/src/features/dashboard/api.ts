import { api } from '../../api/client';
import type { JsonBody, JsonResponse, QueryOf } from '../../api/types';

/** GET /api/dashboard: state as of today, and what happened within the period. */
export type DashboardOverview = JsonResponse<'/api/dashboard'>;
/** A count and the exact list endpoint (/api/tasks?…, /api/problems?…) that shows those rows. */
export type Figure = DashboardOverview['active'];
/** numerator / denominator (rounded to 4 decimals), null when the denominator is 0. */
export type RateFigure = DashboardOverview['completionRate'];
export type TrendPoint = DashboardOverview['period']['trends'][number];
export type UnitRow = DashboardOverview['byUnit'][number];
export type SourceRow = DashboardOverview['bySource'][number];
/** A contributed figure: a count, a rate, or a group of counts (problems by status). */
export type ContributedFigure = DashboardOverview['contributions'][string][string];

export type ScopeQuery = QueryOf<'/api/rankings'>;
type OverviewQuery = QueryOf<'/api/dashboard'>;
type BattleMapQuery = QueryOf<'/api/dashboard/battle-map'>;

export type BattleMap = JsonResponse<'/api/dashboard/battle-map'>;
export type BattleGroup = BattleMap['groups'][number];
export type BattleTask = BattleGroup['tasks'][number];
export type GroupBy = BattleMap['groupBy'];

export type Rankings = JsonResponse<'/api/rankings'>;
export type RankingItem = Rankings['items'][number];
export type RankingWeights = JsonResponse<'/api/rankings/weights'>;
export type FigureInstructions = JsonResponse<'/api/figure-instructions'>;

export const dashboardApi = {
  overview: (q: OverviewQuery, signal?: AbortSignal) => api.get<DashboardOverview>('/api/dashboard', { ...q }, signal),
  battleMap: (q: BattleMapQuery, signal?: AbortSignal) => api.get<BattleMap>('/api/dashboard/battle-map', { ...q }, signal),
  rankings: (q: ScopeQuery, signal?: AbortSignal) => api.get<Rankings>('/api/rankings', { ...q }, signal),
  weights: (signal?: AbortSignal) => api.get<RankingWeights>('/api/rankings/weights', undefined, signal),
  setWeights: (w: JsonBody<'/api/rankings/weights', 'put'>) => api.put<RankingWeights>('/api/rankings/weights', w),
  figureInstructions: (unitId: number | null, signal?: AbortSignal) =>
    api.get<FigureInstructions>('/api/figure-instructions', unitId === null ? undefined : { unitId }, signal),
  writeFigureInstruction: (body: JsonBody<'/api/figure-instructions'>) => api.post<{ id: number }>('/api/figure-instructions', body),
};

// A group of counts is keyed by name (problems' statuses), so a count or a rate is told by its fields.
export const isRate = (f: ContributedFigure): f is RateFigure => 'numerator' in f && 'denominator' in f;
export const isFigure = (f: ContributedFigure): f is Figure => 'count' in f && typeof f.count === 'number' && 'list' in f && typeof f.list === 'string';
