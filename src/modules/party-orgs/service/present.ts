import { diffDays } from '../../../platform/calendar/index.ts';
import { termStatus, type TermRules } from '../domain/index.ts';
import type { OrgRow } from '../repo/party-orgs.ts';
import { termYearsOf } from './terms.ts';

const parseNames = (json: string): string[] => {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
};

/** List items: each organization with its parent and host unit by name, term length, end and status. */
export function presentOrgs(rows: OrgRow[], today: string, rules: TermRules) {
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    category: r.category,
    parent: r.parent_id === null ? null : { id: r.parent_id, name: r.parent_name ?? '' },
    hostUnit: { id: r.host_unit_id, name: r.host_unit_name ?? '' },
    foundedOn: r.founded_on,
    secretaryName: r.secretary_name,
    secretaryUserId: r.secretary_user_id,
    secretaryBackground: r.secretary_background,
    committeeMembers: parseNames(r.committee_members),
    memberCount: Number(r.member_count),
    firstSecretary: r.first_secretary_name
      ? { name: r.first_secretary_name, origin: r.first_secretary_origin, from: r.first_secretary_from, to: r.first_secretary_to }
      : null,
    termStart: r.term_start,
    termYears: r.term_years,
    termLength: termYearsOf(r, rules),
    termEnd: r.term_end,
    termStatus: termStatus(r.term_end, today),
    daysLeft: r.term_end ? diffDays(r.term_end, today) : null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: Number(r.version),
  }));
}
