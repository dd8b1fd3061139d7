import { useQuery } from '@tanstack/react-query';
import { affectedBy, keys } from '../../../api/keys';
import { useInvalidate } from '../../../api/use-invalidate';
import { partyOrgsApi } from '../api';

/** An organization; `reload` after a change invalidates it and what an organization change moves (its tasks). */
export function usePartyOrg(id: number) {
  const org = useQuery({ queryKey: keys.partyOrgs.detail(id), queryFn: ({ signal }) => partyOrgsApi.get(id, signal) });
  const invalidate = useInvalidate();
  return { ...org, reload: () => void invalidate(...affectedBy('partyOrg')) };
}
