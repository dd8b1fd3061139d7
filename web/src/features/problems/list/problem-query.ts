import { lights, type Light } from '../../ledger/model';
import { problemSourceKinds, problemStatuses, severities, type ProblemSourceKind, type ProblemStatus, type Severity } from '../model';
import type { ProblemFilter, ProblemQuery } from '../api';

export const PAGE_SIZES = [20, 50, 100];
const DEFAULT_PAGE_SIZE = 20;

const pick = <T extends string>(values: readonly T[], all: string[]): T[] => all.filter((v): v is T => (values as readonly string[]).includes(v));
const int = (s: string | null) => (s && /^\d+$/.test(s) ? Number(s) : undefined);
const some = <T>(xs: T[]) => (xs.length ? xs : undefined);

/** The page's URL is the list endpoint's query: links, reload and back all mean the same filters. */
export function parseProblemQuery(params: URLSearchParams): ProblemQuery {
  const pageSize = int(params.get('pageSize')) ?? DEFAULT_PAGE_SIZE;
  return {
    unitId: int(params.get('unitId')),
    status: some(pick<ProblemStatus>(problemStatuses, params.getAll('status'))),
    category: some(params.getAll('category').filter(Boolean)),
    severity: some(pick<Severity>(severities, params.getAll('severity'))),
    sourceKind: some(pick<ProblemSourceKind>(problemSourceKinds, params.getAll('sourceKind'))),
    light: some(pick<Light>(lights, params.getAll('light'))),
    q: params.get('q')?.trim() || undefined,
    page: Math.max(1, int(params.get('page')) ?? 1),
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

export function formatProblemQuery(q: Partial<ProblemQuery>): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined || v === null || v === '') continue;
    if ((k === 'page' && v === 1) || (k === 'pageSize' && v === DEFAULT_PAGE_SIZE)) continue;
    if (Array.isArray(v)) for (const x of v) out.append(k, String(x));
    else out.set(k, String(v));
  }
  return out;
}

export function filtersOf(q: ProblemQuery): ProblemFilter {
  const { page: _p, pageSize: _s, ...rest } = q;
  return rest;
}
