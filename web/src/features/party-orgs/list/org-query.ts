import { intParam, listParam } from '../shared/use-url-query';
import { orgCategories, orgKinds, termStatuses } from '../model';
import type { PartyOrgFilter } from '../api';

/** The registry's filters as its URL holds them (the list endpoint's own query). */
export function parseOrgFilter(params: URLSearchParams): PartyOrgFilter {
  return {
    unitId: intParam(params, 'unitId'),
    category: listParam(params, 'category', orgCategories),
    kind: listParam(params, 'kind', orgKinds),
    termStatus: listParam(params, 'termStatus', termStatuses),
    q: params.get('q')?.trim() || undefined,
  };
}
