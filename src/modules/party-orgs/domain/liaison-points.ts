/**
 * 书记联系点: each secretary of a committee (党委, and 党组 / 党工委 where they exist: 建立党委（党组）书记
 * 党支部工作联系点) links to one or more branches. A committee whose secretary links nowhere is flagged.
 */
export const LIAISON_COMMITTEE_KINDS = ['committee', 'leadingGroup', 'workingCommittee'] as const;
export const LIAISON_BRANCH_KINDS = ['branch', 'generalBranch'] as const;

export type LiaisonError = { field: string; code: 'liaison.not_committee' | 'liaison.not_branch' | 'liaison.same_org' | 'liaison.secretary_required' };

export function liaisonErrors(p: { committeeKind: string; branchKind: string; committeeId: number; branchId: number; secretary: string }): LiaisonError[] {
  const out: LiaisonError[] = [];
  if (!(LIAISON_COMMITTEE_KINDS as readonly string[]).includes(p.committeeKind)) out.push({ field: 'body.committeeId', code: 'liaison.not_committee' });
  if (!(LIAISON_BRANCH_KINDS as readonly string[]).includes(p.branchKind)) out.push({ field: 'body.branchId', code: 'liaison.not_branch' });
  if (p.committeeId === p.branchId) out.push({ field: 'body.branchId', code: 'liaison.same_org' });
  if (!p.secretary.trim()) out.push({ field: 'body.secretaryName', code: 'liaison.secretary_required' });
  return out;
}

/** Committees whose (current) secretary has no liaison point: a point made by an earlier secretary does not count. */
export function committeesLacking(
  committees: readonly { id: number; secretaryName: string | null }[],
  points: readonly { committeeId: number; secretaryName: string }[],
): number[] {
  const norm = (s: string | null) => (s ?? '').trim();
  const have = new Set(points.map((p) => `${p.committeeId}\u0000${norm(p.secretaryName)}`));
  return committees.filter((c) => !have.has(`${c.id}\u0000${norm(c.secretaryName)}`)).map((c) => c.id);
}
