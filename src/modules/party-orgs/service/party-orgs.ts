import type { AppContext } from '../../../platform/context.ts';
import { withTx } from '../../../platform/db/tx.ts';
import type { DbOrTx } from '../../../platform/db/types.ts';
import { staleWriteError } from '../../../platform/db/versioned.ts';
import { audit } from '../../../platform/audit/index.ts';
import { auditActor, requirePermission, type Actor } from '../../../platform/access/index.ts';
import { AppError } from '../../../platform/errors.ts';
import type { Paging } from '../../../platform/http/schemas.ts';
import { unitRepo } from '../../units/index.ts';
import { taskService } from '../../ledger/index.ts';
import { termStatus as statusOf, type OrgCategory, type OrgKind, type SecretaryBackground, type TermRules, type TermStatus } from '../domain/index.ts';
import { partyOrgRepo, type OrgFilter, type OrgRow, type OrgSort } from '../repo/party-orgs.ts';
import { termRepo } from '../repo/terms.ts';
import { coverageRepo } from '../repo/coverage.ts';
import { presentOrgs } from './present.ts';
import { partyOrgSettings } from './settings.ts';
import { termEndOf } from './terms.ts';
import { assertNoErrors, loadOrg, publishOrg, termWindow, type Problem } from './shared.ts';

export interface OrgFields {
  name: string;
  kind: OrgKind;
  category: OrgCategory;
  parentId?: number | null;
  hostUnitId: number;
  foundedOn?: string | null;
  secretaryName?: string | null;
  secretaryUserId?: number | null;
  secretaryBackground?: SecretaryBackground | null;
  committeeMembers?: string[];
  memberCount?: number;
  firstSecretary?: { name: string; origin?: string | null; from?: string | null; to?: string | null } | null;
  termStart?: string | null;
  termYears?: number | null;
}

/** Everything that blocks a write: host unit in the writer's scope, a visible parent outside its own subtree. */
async function fieldErrors(db: DbOrTx, actor: Actor, f: Partial<OrgFields>, selfId: number | null): Promise<Problem[]> {
  const out: Problem[] = [];
  if (f.hostUnitId !== undefined && !(await unitRepo.visibleIds(db, actor, 'partyOrgs.manage', [f.hostUnitId])).length)
    out.push({ field: 'body.hostUnitId', code: 'partyOrgs.unit_not_found', params: { id: f.hostUnitId } });
  if (typeof f.parentId === 'number') {
    if (!(await partyOrgRepo.get(db, actor, f.parentId))) out.push({ field: 'body.parentId', code: 'partyOrgs.parent_not_found', params: { id: f.parentId } });
    else if (selfId !== null && (f.parentId === selfId || (await partyOrgRepo.ancestorIds(db, f.parentId)).includes(selfId)))
      out.push({ field: 'body.parentId', code: 'partyOrgs.parent_cycle' });
  }
  if (typeof f.secretaryUserId === 'number' && !(await partyOrgRepo.userNames(db, [f.secretaryUserId])).length)
    out.push({ field: 'body.secretaryUserId', code: 'partyOrgs.user_not_found', params: { id: f.secretaryUserId } });
  const fs = f.firstSecretary;
  if (fs?.from && fs.to && fs.to < fs.from) out.push({ field: 'body.firstSecretary.to', code: 'partyOrgs.first_secretary_dates' });
  return out;
}

const trimOrNull = (s: string | null | undefined) => (s === undefined ? undefined : s === null ? null : s.trim() || null);

/** Column values of the given fields (undefined leaves a column alone). */
function columnsOf(f: Partial<OrgFields>) {
  const fs = f.firstSecretary;
  return {
    name: f.name?.trim(),
    kind: f.kind,
    category: f.category,
    parent_id: f.parentId,
    host_unit_id: f.hostUnitId,
    founded_on: f.foundedOn,
    secretary_name: trimOrNull(f.secretaryName),
    secretary_user_id: f.secretaryUserId,
    secretary_background: f.secretaryBackground,
    committee_members: f.committeeMembers === undefined ? undefined : JSON.stringify(f.committeeMembers.map((n) => n.trim()).filter(Boolean)),
    member_count: f.memberCount,
    first_secretary_name: fs === undefined ? undefined : (fs?.name.trim() ?? null),
    first_secretary_origin: fs === undefined ? undefined : (fs?.origin ?? null),
    first_secretary_from: fs === undefined ? undefined : (fs?.from ?? null),
    first_secretary_to: fs === undefined ? undefined : (fs?.to ?? null),
    term_start: f.termStart,
    term_years: f.termYears,
  };
}

/**
 * Inserts an organization inside the caller's transaction (the form, the import, the demo); returns
 * its id. An import has checked its rows already (`batch`) and its batch's audit row stands for them.
 */
export async function insertOrg(ctx: AppContext, tx: DbOrTx, actor: Actor, input: OrgFields, rules: TermRules, batch?: { id: number }) {
  if (!batch) assertNoErrors(await fieldErrors(tx, actor, input, null));
  const now = ctx.clock.now().toISOString();
  const c = columnsOf(input);
  const row = {
    name: input.name.trim(),
    kind: input.kind,
    category: input.category,
    parent_id: input.parentId ?? null,
    host_unit_id: input.hostUnitId,
    founded_on: input.foundedOn ?? null,
    secretary_name: c.secretary_name ?? null,
    secretary_user_id: input.secretaryUserId ?? null,
    secretary_background: input.secretaryBackground ?? null,
    committee_members: c.committee_members ?? '[]',
    member_count: input.memberCount ?? 0,
    first_secretary_name: c.first_secretary_name ?? null,
    first_secretary_origin: c.first_secretary_origin ?? null,
    first_secretary_from: c.first_secretary_from ?? null,
    first_secretary_to: c.first_secretary_to ?? null,
    term_start: input.termStart ?? null,
    term_years: input.termYears ?? null,
    term_end: null as string | null,
    import_batch_id: batch?.id ?? null,
    created_by: actor.userId || null,
    created_at: now,
    updated_at: now,
  };
  row.term_end = await termEndOf(tx, null, row, rules);
  const id = await partyOrgRepo.insert(tx, row);
  await coverageRepo.noteUnit(tx, row.host_unit_id, row.category, row.member_count);
  if (!batch) await audit(tx, auditActor(actor), { action: 'create', entity: 'partyOrg', entityId: id, after: { ...input } }, ctx.clock.now());
  return id;
}

export interface ListQuery extends OrgFilter {
  sort?: OrgSort;
}

export const partyOrgService = {
  async list(ctx: AppContext, actor: Actor, f: ListQuery, paging: Paging) {
    requirePermission(actor, 'partyOrgs.read');
    const { sort, ...rest } = f;
    const filter = { ...rest, unitInScope: rest.unitId !== undefined && (await partyOrgRepo.unitInScope(ctx.db, actor, rest.unitId)) };
    const w = termWindow(ctx);
    const { termRules } = await partyOrgSettings(ctx.db);
    const [rows, total] = await Promise.all([partyOrgRepo.page(ctx.db, actor, filter, paging, w, sort), partyOrgRepo.count(ctx.db, actor, filter, w)]);
    return { total, items: presentOrgs(rows, w.today, termRules) };
  },

  /** 换届提醒: overdue terms and terms ending in the next 6 months, soonest first. */
  renewals(ctx: AppContext, actor: Actor, f: Omit<ListQuery, 'termStatus' | 'sort'> & { termStatus?: TermStatus[] }, paging: Paging) {
    const termStatus = f.termStatus?.filter((s) => s === 'overdue' || s === 'dueSoon');
    return this.list(ctx, actor, { ...f, termStatus: termStatus?.length ? termStatus : ['overdue', 'dueSoon'], sort: 'termEnd' }, paging);
  },

  /** One organization with its term changes, linked ledger tasks (those the actor sees) and what the actor may do. */
  async get(ctx: AppContext, actor: Actor, id: number) {
    requirePermission(actor, 'partyOrgs.read');
    const row = await loadOrg(ctx.db, actor, id);
    const { termRules } = await partyOrgSettings(ctx.db);
    const [item] = presentOrgs([row], ctx.today(), termRules);
    const [changes, links, children] = await Promise.all([
      termRepo.changes(ctx.db, id),
      partyOrgRepo.linkedTasks(ctx.db, id),
      partyOrgRepo.childCount(ctx.db, id),
    ]);
    const ids = links.map((l) => l.task_id);
    const seen =
      ids.length && actor.permissions.has('ledger.read') ? (await taskService.list(ctx, actor, { ids, sort: 'id' }, { page: 1, pageSize: 200 })).items : [];
    const byId = new Map(seen.map((t) => [t.id, t]));
    const canManage = actor.permissions.has('partyOrgs.manage') && (await partyOrgRepo.get(ctx.db, actor, id, 'partyOrgs.manage')) !== undefined;
    return {
      ...item,
      childCount: children,
      termChanges: changes.map((c) => ({
        id: c.id,
        kind: c.kind,
        ordinaryEnd: c.ordinary_end,
        newTermEnd: c.new_term_end,
        approvedBy: c.approved_by,
        reason: c.reason,
        at: c.at,
      })),
      linkedTasks: links.flatMap((l) => {
        const t = byId.get(l.task_id);
        return t ? [{ purpose: l.purpose, task: t }] : [];
      }),
      canManage,
    };
  },

  async create(ctx: AppContext, actor: Actor, input: OrgFields) {
    requirePermission(actor, 'partyOrgs.manage');
    const { termRules } = await partyOrgSettings(ctx.db);
    const id = await withTx(ctx.db, (tx) => insertOrg(ctx, tx, actor, input, termRules));
    publishOrg(ctx, 'partyOrg.created', id, [input.hostUnitId]);
    return this.get(ctx, actor, id);
  },

  async update(ctx: AppContext, actor: Actor, id: number, version: number, f: Partial<OrgFields>) {
    requirePermission(actor, 'partyOrgs.manage');
    const { termRules } = await partyOrgSettings(ctx.db);
    const unitIds = await withTx(ctx.db, async (tx) => {
      const row = await loadOrg(tx, actor, id, 'partyOrgs.manage');
      if (Number(row.version) !== version) throw await staleWriteError(tx, 'partyOrg', id, Number(row.version), version, ctx.config.timeZone);
      assertNoErrors(await fieldErrors(tx, actor, f, id));
      const set = Object.fromEntries(Object.entries(columnsOf(f)).filter(([, v]) => v !== undefined));
      const next = { ...row, ...set } as OrgRow;
      const termEnd = await termEndOf(tx, id, next, termRules);
      if (!(await partyOrgRepo.update(tx, id, version, { ...set, term_end: termEnd }, ctx.clock.now().toISOString())))
        throw await staleWriteError(tx, 'partyOrg', id, version + 1, version, ctx.config.timeZone);
      const before = Object.fromEntries(Object.keys(set).map((k) => [k, (row as Record<string, unknown>)[k]]));
      await audit(tx, auditActor(actor), { action: 'update', entity: 'partyOrg', entityId: id, before, after: set }, ctx.clock.now());
      return [...new Set([row.host_unit_id, f.hostUnitId ?? row.host_unit_id])];
    });
    publishOrg(ctx, 'partyOrg.updated', id, unitIds);
    return this.get(ctx, actor, id);
  },

  /** Deletes an organization that has no child organizations (409 otherwise). */
  async remove(ctx: AppContext, actor: Actor, id: number) {
    requirePermission(actor, 'partyOrgs.manage');
    const unitId = await withTx(ctx.db, async (tx) => {
      const row = await loadOrg(tx, actor, id, 'partyOrgs.manage');
      const children = await partyOrgRepo.childCount(tx, id);
      if (children) throw new AppError('partyOrgs.has_children', 'conflict', { count: children });
      await partyOrgRepo.remove(tx, id);
      await audit(
        tx,
        auditActor(actor),
        { action: 'delete', entity: 'partyOrg', entityId: id, before: { name: row.name, hostUnitId: row.host_unit_id } },
        ctx.clock.now(),
      );
      return row.host_unit_id;
    });
    publishOrg(ctx, 'partyOrg.deleted', id, [unitId]);
  },

  /**
   * The organization tree (隶属关系) of the organizations hosted in a unit's subtree, flat in id order
   * with parentId: an organization whose parent is outside the answer is a root of it.
   */
  async tree(ctx: AppContext, actor: Actor, unitId: number | undefined) {
    requirePermission(actor, 'partyOrgs.read');
    const today = ctx.today();
    const rows = await partyOrgRepo.treeRows(ctx.db, actor, unitId);
    const ids = new Set(rows.map((r) => r.id));
    return {
      total: rows.length,
      items: rows.map((r) => ({
        id: r.id,
        name: r.name,
        kind: r.kind,
        category: r.category,
        parentId: r.parent_id !== null && ids.has(r.parent_id) ? r.parent_id : null,
        hostUnitId: r.host_unit_id,
        memberCount: Number(r.member_count),
        termEnd: r.term_end,
        termStatus: statusOf(r.term_end, today),
      })),
    };
  },
};
