import type { AppContext } from '../../platform/context.ts';
import { withTx } from '../../platform/db/tx.ts';
import { audit } from '../../platform/audit/index.ts';
import { auditActor, requirePermission, resolveScope, type Actor } from '../../platform/access/index.ts';
import { AppError } from '../../platform/errors.ts';
import { ISSUER_SETTING, issuerAndDefaults, issuingDepartment, rootUnitIds, writeIssuer, type Issuer } from '../../platform/issuer.ts';

/**
 * The issuing department (发文机关, 机关代字) is part of setting up the organization: the system
 * administrator keeps it beside the unit tree. Anyone who reads units may see it (it is printed
 * on every document the install sends).
 */
export const issuerService = {
  async get(ctx: AppContext, actor: Actor) {
    requirePermission(actor, 'unit.read');
    const { issuer, defaults } = await issuerAndDefaults(ctx.db);
    return { ...issuer, defaults };
  },

  async set(ctx: AppContext, actor: Actor, input: Partial<Issuer>) {
    requirePermission(actor, 'unit.manage');
    // A district's system administrator manages its own units, not the city's letterhead.
    const scope = resolveScope(actor, 'unit.manage');
    const roots = await rootUnitIds(ctx.db);
    if (!scope.all && !roots.every((id) => scope.subtrees.includes(id))) throw new AppError('common.forbidden', 'forbidden', { permission: 'unit.manage' });
    const now = ctx.clock.now();
    await withTx(ctx.db, async (tx) => {
      const before = await issuingDepartment(tx);
      await writeIssuer(tx, input, now);
      const after = await issuingDepartment(tx);
      await audit(tx, auditActor(actor), { action: 'update', entity: 'setting', entityId: ISSUER_SETTING, before: { ...before }, after: { ...after } }, now);
    });
    return this.get(ctx, actor);
  },
};
