import { categories, lights, sortKeys, taskStatuses, type Category, type Involvement, type Light, type SortKey, type TaskStatus } from '../model';
import type { TaskQuery } from '../api';

export const PAGE_SIZES = [20, 50, 100, 200];
const DEFAULT_PAGE_SIZE = 20;

const pick = <T extends string>(values: readonly T[], all: string[]): T[] => all.filter((v): v is T => (values as readonly string[]).includes(v));
const int = (s: string | null) => (s && /^\d+$/.test(s) ? Number(s) : undefined);
const date = (s: string | null) => (s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined);

/**
 * The ledger page's URL is the list endpoint's query string: a link, the back button, a saved
 * view and a summary figure's `list` URL all mean the same filters. Unknown parameters are dropped.
 */
export function parseQuery(params: URLSearchParams): TaskQuery {
  const involvement = params.get('involvement');
  const sort = params.get('sort');
  const pageSize = int(params.get('pageSize')) ?? DEFAULT_PAGE_SIZE;
  const status = pick<TaskStatus>(taskStatuses, params.getAll('status'));
  const light = pick<Light>(lights, params.getAll('light'));
  const category = pick<Category>(categories, params.getAll('category'));
  // A to-do line (督办单 received) opens the very tasks it counts.
  const ids = params
    .getAll('ids')
    .map(int)
    .filter((n): n is number => n !== undefined);
  return {
    unitId: int(params.get('unitId')),
    involvement: involvement === 'lead' || involvement === 'supporting' || involvement === 'any' ? (involvement as Involvement) : undefined,
    status: status.length ? status : undefined,
    light: light.length ? light : undefined,
    deadlineFrom: date(params.get('deadlineFrom')),
    deadlineTo: date(params.get('deadlineTo')),
    sourceId: int(params.get('sourceId')),
    category: category.length ? category : undefined,
    ownerId: int(params.get('ownerId')),
    key: params.get('key') === 'true' ? true : undefined,
    parentId: int(params.get('parentId')),
    q: params.get('q')?.trim() || undefined,
    signedOffFrom: date(params.get('signedOffFrom')),
    signedOffTo: date(params.get('signedOffTo')),
    dispatchedFrom: date(params.get('dispatchedFrom')),
    dispatchedTo: date(params.get('dispatchedTo')),
    onTime: params.get('onTime') === 'true' ? true : params.get('onTime') === 'false' ? false : undefined,
    pendingReview: params.get('pendingReview') === 'true' ? true : undefined,
    uninstructed: params.get('uninstructed') === 'true' ? true : undefined,
    ids: ids.length ? ids : undefined,
    sort: sort && (sortKeys as readonly string[]).includes(sort) ? (sort as SortKey) : undefined,
    page: Math.max(1, int(params.get('page')) ?? 1),
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

/** The query back to URL parameters, leaving out defaults so links stay short. */
export function formatQuery(q: Partial<TaskQuery>): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined || v === null || v === '' || (v === false && k !== 'onTime')) continue;
    if ((k === 'page' && v === 1) || (k === 'pageSize' && v === DEFAULT_PAGE_SIZE)) continue;
    if (Array.isArray(v)) for (const x of v) out.append(k, String(x));
    else out.set(k, String(v));
  }
  return out;
}

/** A figure's `list` (`/api/tasks?light=red&unitId=3`) as the ledger page's own query. */
export function queryFromListUrl(list: string): TaskQuery {
  const i = list.indexOf('?');
  return parseQuery(new URLSearchParams(i < 0 ? '' : list.slice(i + 1)));
}

/** The page path that shows what a figure counts. */
export function ledgerPathFor(list: string): string {
  const qs = formatQuery(queryFromListUrl(list)).toString();
  return qs ? `/ledger?${qs}` : '/ledger';
}

/** The filters alone (no paging or sort), e.g. for the export link and the summary. */
export function filtersOf(q: TaskQuery): Omit<TaskQuery, 'page' | 'pageSize' | 'sort'> {
  const { page: _p, pageSize: _s, sort: _o, ...rest } = q;
  return rest;
}

/** Filters the filter bar has no field for (owner, parent, dashboard periods): shown as removable tags. */
export const hiddenFilterKeys = [
  'ownerId',
  'parentId',
  'signedOffFrom',
  'signedOffTo',
  'dispatchedFrom',
  'dispatchedTo',
  'onTime',
  'pendingReview',
  'uninstructed',
  'ids',
] as const;
export type HiddenFilterKey = (typeof hiddenFilterKeys)[number];
