import type { AppContext } from '../../../platform/context.ts';
import type { DbOrTx } from '../../../platform/db/types.ts';
import type { Actor } from '../../../platform/access/index.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { unitRepo } from '../../units/index.ts';
import { problemRepo, type ProblemRow } from '../repo/problems.ts';
import type { Prompt } from '../domain/index.ts';

/** A problem the actor may manage (its unit inside their problems.manage scope), else 404. */
export async function managedProblem(db: DbOrTx, actor: Actor, id: number): Promise<ProblemRow> {
  const row = await problemRepo.get(db, actor, id, 'problems.manage');
  if (!row) throw notFound();
  return row;
}

/** Blocking prompts as one 400 naming every field. */
export function assertNoErrors(errors: Prompt[]): void {
  if (errors.length)
    throw new AppError(
      'validation.failed',
      'invalid',
      {},
      errors.map((e) => ({ field: e.field, code: e.code, params: e.params })),
    );
}

/** Units must exist and lie within what the actor may see. */
export async function unitErrors(db: DbOrTx, actor: Actor, wanted: { field: string; id: number | null | undefined }[]): Promise<Prompt[]> {
  const ids = [...new Set(wanted.map((w) => w.id).filter((x): x is number => typeof x === 'number'))];
  const visible = new Set(await unitRepo.visibleIds(db, actor, 'unit.read', ids));
  return wanted
    .filter((w) => typeof w.id === 'number' && !visible.has(w.id))
    .map((w) => ({ field: w.field, code: 'problems.unit_not_found', params: { id: w.id } }));
}

/** After commit: the problem changed, for those who may see its unit (live dashboards). */
export function publishProblem(ctx: AppContext, type: string, id: number, unitId: number, data?: Record<string, unknown>) {
  ctx.events.publish({ type, entity: 'problem', entityId: id, unitIds: [unitId], at: ctx.clock.now().toISOString(), data });
}
