import type { PartyOrgDetail } from '../api';

export function OrgWeakLaxCard(_: { org: PartyOrgDetail }) {
  return null;
}
