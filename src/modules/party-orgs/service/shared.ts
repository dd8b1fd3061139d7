import type { AppContext } from '../../../platform/context.ts';
import type { DbOrTx } from '../../../platform/db/types.ts';
import type { Actor } from '../../../platform/access/index.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { addMonths } from '../../../platform/calendar/index.ts';
import { DUE_SOON_MONTHS } from '../domain/index.ts';
import { partyOrgRepo, type OrgRow, type TermWindow } from '../repo/party-orgs.ts';

/**
 * An organization whose host unit lies in the actor's scope for `permission` (partyOrgs.read by
 * default; partyOrgs.manage to change it), else 404: outside the scope it does not exist.
 */
export async function loadOrg(db: DbOrTx, actor: Actor, id: number, permission = 'partyOrgs.read'): Promise<OrgRow> {
  const row = await partyOrgRepo.get(db, actor, id, permission);
  if (!row) throw notFound();
  return row;
}

export interface Problem {
  field: string;
  code: string;
  params?: Record<string, unknown>;
}

/** Blocking problems as one 400 naming every field. */
export function assertNoErrors(errors: Problem[]): void {
  if (errors.length)
    throw new AppError(
      'validation.failed',
      'invalid',
      {},
      errors.map((e) => ({ field: e.field, code: e.code, params: e.params })),
    );
}

/** Today and the last day a term counts as due soon. */
export function termWindow(ctx: AppContext): TermWindow {
  const today = ctx.today();
  return { today, dueUntil: addMonths(today, DUE_SOON_MONTHS) };
}

/** After commit: the organization changed, for those who see its host unit (live pages). */
export function publishOrg(ctx: AppContext, type: string, id: number, unitIds: number[]) {
  ctx.events.publish({ type, entity: 'partyOrg', entityId: id, unitIds, at: ctx.clock.now().toISOString() });
}
