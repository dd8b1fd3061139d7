import type { AppContext } from '../../../platform/context.ts';
import { withTx } from '../../../platform/db/tx.ts';
import { audit } from '../../../platform/audit/index.ts';
import { auditActor, requirePermission, type Actor } from '../../../platform/access/index.ts';
import { AppError } from '../../../platform/errors.ts';
import { staleWriteError } from '../../../platform/db/versioned.ts';
import type { Paging } from '../../../platform/http/schemas.ts';
import { INCOME_CLASSES, incomeBounds, incomeClass, type IncomeClass } from '../domain/collective-economy.ts';
import { incomeRepo } from '../repo/collective-economy.ts';
import { loadOrg } from './shared.ts';
import { workSettings } from './work-settings.ts';

export function incomeListUrl(q: { year: number; unitId?: number; class?: IncomeClass }): string {
  const p = new URLSearchParams({ year: String(q.year) });
  if (q.unitId !== undefined) p.set('unitId', String(q.unitId));
  if (q.class) p.set('class', q.class);
  return `/api/party-orgs/collective-economy?${p.toString()}`;
}

export const collectiveEconomyService = {
  /** 村级集体经济: villages of a unit subtree with the year's income, and the 空壳村 / 薄弱村 counts, each opening its list. */
  async list(ctx: AppContext, actor: Actor, q: { year: number; unitId?: number; class?: IncomeClass }, paging: Paging) {
    requirePermission(actor, 'partyOrgs.read');
    const { weakIncomeBelow } = await workSettings(ctx.db);
    const f = { year: q.year, unitId: q.unitId, bounds: q.class ? incomeBounds(q.class, weakIncomeBelow) : undefined };
    const [rows, total, counts] = await Promise.all([
      incomeRepo.page(ctx.db, actor, f, paging),
      incomeRepo.count(ctx.db, actor, f),
      incomeRepo.classCounts(ctx.db, actor, f, weakIncomeBelow),
    ]);
    const at = { year: q.year, unitId: q.unitId };
    return {
      total,
      weakBelow: weakIncomeBelow,
      counts: {
        villages: { count: counts.villages, list: incomeListUrl(at) },
        ...Object.fromEntries(INCOME_CLASSES.map((c) => [c, { count: counts[c], list: incomeListUrl({ ...at, class: c }) }])),
      } as Record<IncomeClass | 'villages', { count: number; list: string }>,
      items: rows.map((r) => ({
        org: { id: r.id, name: r.name, kind: r.kind, category: r.category, hostUnitId: r.host_unit_id },
        year: q.year,
        income: r.income,
        class: incomeClass(r.income, weakIncomeBelow),
        version: r.version,
      })),
    };
  },

  /** The year's income of a village (rural organization); a stale version is a 409. */
  async set(ctx: AppContext, actor: Actor, orgId: number, input: { year: number; income: number; version?: number }) {
    requirePermission(actor, 'partyOrgs.manage');
    const now = ctx.clock.now();
    const { weakIncomeBelow } = await workSettings(ctx.db);
    const org = await withTx(ctx.db, async (tx) => {
      const org = await loadOrg(tx, actor, orgId, 'partyOrgs.manage');
      if (org.category !== 'rural') throw new AppError('collective.not_village', 'invalid');
      const before = await incomeRepo.get(tx, orgId, input.year);
      if (!(await incomeRepo.upsert(tx, orgId, input.year, input.income, actor.userId || null, now.toISOString(), input.version)))
        throw await staleWriteError(tx, 'collectiveIncome', orgId, before!.version, input.version!, ctx.config.timeZone);
      await audit(
        tx,
        auditActor(actor),
        {
          action: 'collectiveIncome.set',
          entity: 'collectiveIncome',
          entityId: orgId,
          before: before ? { income: before.income } : undefined,
          after: { year: input.year, income: input.income },
        },
        now,
      );
      return org;
    });
    const row = (await incomeRepo.get(ctx.db, orgId, input.year))!;
    return {
      org: { id: org.id, name: org.name, kind: org.kind, category: org.category, hostUnitId: org.host_unit_id },
      year: input.year,
      income: row.income,
      class: incomeClass(row.income, weakIncomeBelow),
      version: row.version,
    };
  },
};
