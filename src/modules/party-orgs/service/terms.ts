import type { DbOrTx } from '../../../platform/db/types.ts';
import { defaultTermYears, effectiveTermEnd, ordinaryTermEnd, type OrgCategory, type OrgKind, type TermRules } from '../domain/index.ts';
import { termRepo } from '../repo/terms.ts';

/** The years an organization's term lasts: its own figure, else the default for its kind and category. */
export const termYearsOf = (row: { term_years: number | null; kind: string; category: string }, rules: TermRules) =>
  row.term_years ?? defaultTermYears(row.kind as OrgKind, row.category as OrgCategory, rules);

/** The ordinary end of an organization's current term (before any extension or early election). */
export const ordinaryEndOf = (row: { term_start: string | null; term_years: number | null; kind: string; category: string }, rules: TermRules) =>
  ordinaryTermEnd(row.term_start, termYearsOf(row, rules));

/** The stored term end an organization should have now (its changes applied). */
export async function termEndOf(
  db: DbOrTx,
  orgId: number | null,
  row: { term_start: string | null; term_years: number | null; kind: string; category: string },
  rules: TermRules,
) {
  const ordinary = ordinaryEndOf(row, rules);
  const changes = orgId === null ? [] : await termRepo.changes(db, orgId);
  return effectiveTermEnd(
    ordinary,
    changes.map((c) => ({ ordinaryEnd: c.ordinary_end, newTermEnd: c.new_term_end })),
  );
}

/** After the term lengths change: every organization without its own length gets its end again. */
export async function recomputeDefaultTerms(tx: DbOrTx, rules: TermRules, now: string) {
  for (const row of await termRepo.onDefaultLength(tx)) {
    const end = await termEndOf(tx, row.id, row, rules);
    if (end !== row.term_end) await termRepo.setTermEnd(tx, row.id, end, now);
  }
}
