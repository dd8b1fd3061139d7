import { api } from '../../api/client';
import type { JsonResponse } from '../../api/types';

/** A signed head of the chain (`LSA1.<id>.<hash>.<time>.<signature>`), to be kept off the server. */
export type AuditAnchor = JsonResponse<'/api/audit/anchor'>;
export type ChainVerdict = JsonResponse<'/api/audit/verify'>;

export const anchorApi = {
  take: () => api.get<AuditAnchor>('/api/audit/anchor'),
  /** The chain and each anchor; a malformed or forged one is a 400 on `anchor[i]`. */
  verify: (anchors: string[]) => {
    const query = new URLSearchParams();
    for (const a of anchors) query.append('anchor', a);
    return api.get<ChainVerdict>(`/api/audit/verify?${query.toString()}`);
  },
};
