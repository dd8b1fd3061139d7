import type { AppContext } from '../../../platform/context.ts';
import { withTx } from '../../../platform/db/tx.ts';
import { audit } from '../../../platform/audit/index.ts';
import { auditActor, requirePermission, type Actor } from '../../../platform/access/index.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { liaisonErrors } from '../domain/liaison-points.ts';
import { liaisonRepo } from '../repo/liaison-points.ts';
import { assertNoErrors, loadOrg } from './shared.ts';

type PointRow = Awaited<ReturnType<typeof liaisonRepo.points>>[number];
const presentPoint = (r: PointRow) => ({
  id: r.id,
  secretaryName: r.secretary_name,
  committee: { id: r.c_id, name: r.c_name, kind: r.c_kind, category: r.c_category, hostUnitId: r.c_unit },
  branch: { id: r.b_id, name: r.b_name, kind: r.b_kind, category: r.b_category, hostUnitId: r.b_unit },
  createdAt: r.created_at,
});

export const liaisonService = {
  /** 书记联系点: who links where, and the committees whose secretary has none (flagged). */
  async list(ctx: AppContext, actor: Actor, unitId: number | undefined) {
    requirePermission(actor, 'partyOrgs.read');
    const [points, lacking] = await Promise.all([liaisonRepo.points(ctx.db, actor, unitId), liaisonRepo.lacking(ctx.db, actor, unitId)]);
    return {
      total: points.length,
      items: points.map(presentPoint),
      lacking: {
        total: lacking.length,
        items: lacking.map((c) => ({
          id: c.id,
          name: c.name,
          kind: c.kind,
          category: c.category,
          hostUnitId: c.host_unit_id,
          secretaryName: c.secretary_name,
        })),
      },
    };
  },

  /** Links a committee's secretary (its current one unless named) to a branch; both in the writer's scope. */
  async link(ctx: AppContext, actor: Actor, input: { committeeId: number; branchId: number; secretaryName?: string }) {
    requirePermission(actor, 'partyOrgs.manage');
    const now = ctx.clock.now();
    const id = await withTx(ctx.db, async (tx) => {
      const committee = await loadOrg(tx, actor, input.committeeId, 'partyOrgs.manage');
      const branch = await loadOrg(tx, actor, input.branchId, 'partyOrgs.manage');
      const secretary = (input.secretaryName ?? committee.secretary_name ?? '').trim();
      assertNoErrors(liaisonErrors({ committeeKind: committee.kind, branchKind: branch.kind, committeeId: committee.id, branchId: branch.id, secretary }));
      if (await liaisonRepo.exists(tx, committee.id, branch.id, secretary)) throw new AppError('liaison.exists', 'conflict');
      const id = await liaisonRepo.insert(tx, {
        committee_id: committee.id,
        branch_id: branch.id,
        secretary_name: secretary,
        created_by: actor.userId || null,
        created_at: now.toISOString(),
      });
      await audit(
        tx,
        auditActor(actor),
        {
          action: 'liaisonPoint.link',
          entity: 'liaisonPoint',
          entityId: id,
          after: { committeeId: committee.id, branchId: branch.id, secretaryName: secretary },
        },
        now,
      );
      return id;
    });
    const all = await liaisonRepo.points(ctx.db, actor, undefined);
    return presentPoint(all.find((p) => p.id === id)!);
  },

  async unlink(ctx: AppContext, actor: Actor, id: number) {
    requirePermission(actor, 'partyOrgs.manage');
    await withTx(ctx.db, async (tx) => {
      const p = await liaisonRepo.get(tx, id);
      if (!p) throw notFound();
      await loadOrg(tx, actor, p.committee_id, 'partyOrgs.manage');
      await liaisonRepo.remove(tx, id);
      await audit(
        tx,
        auditActor(actor),
        {
          action: 'liaisonPoint.unlink',
          entity: 'liaisonPoint',
          entityId: id,
          before: { committeeId: p.committee_id, branchId: p.branch_id, secretaryName: p.secretary_name },
        },
        ctx.clock.now(),
      );
    });
  },
};
