import type { DbOrTx } from '../../../platform/db/types.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import { problemLight, problemStatus, refusalActive, type Prompt } from '../domain/index.ts';
import { problemRepo, tallyOf, type ProblemRow } from '../repo/problems.ts';

/** Prompts in the reader's language: `{ field, code, message }`. */
export const presentPrompts = (locale: Locale, prompts: Prompt[]) =>
  prompts.map((p) => ({ field: p.field, code: p.code, message: t(locale, p.code, p.params) }));

/** List items: each problem with its unit and people by name, derived status, light and measure counts. */
export async function presentProblems(db: DbOrTx, rows: ProblemRow[], today: string, warnDays: number[]) {
  const [units, users] = await Promise.all([
    problemRepo.unitNames(db, [...new Set(rows.map((r) => r.unit_id))]),
    problemRepo.userNames(db, [...new Set(rows.flatMap((r) => [r.accepted_by, r.refused_by]).filter((x): x is number => x !== null))]),
  ]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const userName = new Map(users.map((u) => [u.id, u.name]));
  const person = (id: number | null) => (id === null ? null : { id, name: userName.get(id) ?? '' });
  return rows.map((r) => {
    const tally = tallyOf(r);
    const marks = { acceptedMark: r.accepted_mark, refusedMark: r.refused_mark };
    const status = problemStatus(tally, marks);
    return {
      id: r.id,
      sourceKind: r.source_kind,
      sourceTitle: r.source_title,
      sourceId: r.source_id,
      taskId: r.task_id,
      lookBackCheckId: r.look_back_check_id,
      finding: r.finding,
      category: r.category,
      severity: r.severity,
      unit: { id: r.unit_id, name: unitName.get(r.unit_id) ?? '' },
      foundOn: r.found_on,
      deadline: r.deadline,
      status,
      ...problemLight(status, r.deadline, today, warnDays),
      measureCounts: { total: tally.total, draft: tally.draft, signedOff: tally.signedOff },
      acceptance:
        status === 'rectified'
          ? { at: r.accepted_at, by: person(r.accepted_by), comment: r.acceptance_comment, fileIds: JSON.parse(r.acceptance_file_ids) as number[] }
          : null,
      refusal: refusalActive(tally, marks) ? { at: r.refused_at, by: person(r.refused_by), reason: r.refusal_reason } : null,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      version: r.version,
    };
  });
}

export type ProblemItem = Awaited<ReturnType<typeof presentProblems>>[number];
