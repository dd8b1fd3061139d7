import type { AppContext } from '../../../platform/context.ts';
import { withTx } from '../../../platform/db/tx.ts';
import type { DbOrTx } from '../../../platform/db/types.ts';
import { staleWriteError } from '../../../platform/db/versioned.ts';
import { audit } from '../../../platform/audit/index.ts';
import { auditActor, requirePermission, type Actor } from '../../../platform/access/index.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import type { Paging } from '../../../platform/http/schemas.ts';
import { assertAttachable } from '../../../platform/files/index.ts';
import { actionService, insertDraft, step, taskService } from '../../ledger/index.ts';
import {
  accept,
  canAddMeasure,
  closeLookBack,
  designate,
  plan,
  screenCriteria,
  weakLaxActions,
  type DesignationState,
  type LookBackOutcome,
  type Outcome,
  type WeakLaxError,
} from '../domain/weak-lax.ts';
import { partyOrgRepo } from '../repo/party-orgs.ts';
import { weakLaxRepo, type CaseRow, type WeakLaxFilter } from '../repo/weak-lax.ts';
import { loadOrg, publishOrg } from './shared.ts';
import { workSettings } from './work-settings.ts';

/** A refusal of the rules as the coded 409 / 400 the HTTP layer words. */
export function unwrap<T>(o: Outcome<T>): T {
  if (o.ok) return o.value;
  throw weakLaxFailure(o.error);
}

function weakLaxFailure(e: WeakLaxError): AppError {
  if (e.kind === 'invalid') return new AppError('validation.failed', 'invalid', {}, [{ field: e.field ?? 'body', code: e.code, params: e.params }]);
  return new AppError(e.code, 'conflict', e.params);
}

const stateOf = (r: Pick<CaseRow, 'status' | 'accepted_on' | 'look_back_on'>): DesignationState => ({
  status: r.status as DesignationState['status'],
  acceptedOn: r.accepted_on,
  lookBackOn: r.look_back_on,
});

/** A designation in the actor's partyOrgs.manage scope, at the version the writer saw, else 404 / 409. */
async function managed(ctx: AppContext, tx: DbOrTx, actor: Actor, id: number, version?: number) {
  requirePermission(actor, 'partyOrgs.manage');
  const row = await weakLaxRepo.getDesignation(tx, actor, id, 'partyOrgs.manage');
  if (!row || row.designation_id === null) throw notFound();
  if (version !== undefined && row.version !== version) throw await staleWriteError(tx, 'weakLax', id, row.version!, version, ctx.config.timeZone);
  return row as CaseRow & { designation_id: number; version: number };
}

async function write(ctx: AppContext, tx: DbOrTx, row: { designation_id: number; version: number }, set: Parameters<typeof weakLaxRepo.updateDesignation>[3]) {
  if (!(await weakLaxRepo.updateDesignation(tx, row.designation_id, row.version, set, ctx.clock.now().toISOString())))
    throw await staleWriteError(tx, 'weakLax', row.designation_id, row.version + 1, row.version, ctx.config.timeZone);
}

export interface ScreeningInput {
  year: number;
  items: { orgId: number; criteria: string[] }[];
}

export interface MeasureInput {
  title: string;
  leadUnitId?: number;
  ownerName?: string | null;
  deadline?: string | null;
  description?: string;
}

function present(r: CaseRow, names: Map<string, string>) {
  const criteria = JSON.parse(r.criteria) as string[];
  return {
    id: r.designation_id,
    screeningId: r.screening_id,
    year: r.year,
    status: r.status,
    org: { id: r.org_id, name: r.org_name, kind: r.org_kind, category: r.org_category, hostUnitId: r.host_unit_id },
    criteria: criteria.map((code) => ({ code, name: names.get(code) ?? code })),
    contactLeader: r.contact_leader,
    firstSecretary: r.first_secretary,
    plan: r.plan,
    acceptedOn: r.accepted_on,
    lookBackOn: r.look_back_on,
    designatedAt: r.designated_at,
    version: r.version,
  };
}

async function criterionNames(db: DbOrTx) {
  return new Map((await weakLaxRepo.criteria(db, false)).map((c) => [c.code, c.name]));
}

export const weakLaxService = {
  async criteria(ctx: AppContext, actor: Actor) {
    requirePermission(actor, 'partyOrgs.read');
    const items = await weakLaxRepo.criteria(ctx.db);
    return { total: items.length, items: items.map((c) => ({ code: c.code, category: c.category, name: c.name })) };
  },

  async setCriteria(ctx: AppContext, actor: Actor, items: { code: string; category: string; name: string }[]) {
    requirePermission(actor, 'partyOrgs.manage');
    const seen = new Set<string>();
    const dup = items.findIndex((c) => (seen.has(c.code) ? true : (seen.add(c.code), false)));
    if (dup >= 0)
      throw new AppError('validation.failed', 'invalid', {}, [
        { field: `body.items.${dup}.code`, code: 'weakLax.duplicate_criterion', params: { code: items[dup].code } },
      ]);
    await withTx(ctx.db, async (tx) => {
      await weakLaxRepo.replaceCriteria(tx, items);
      await audit(
        tx,
        auditActor(actor),
        { action: 'weakLax.criteria', entity: 'setting', entityId: 'weakLax.criteria', after: { items: items.map((c) => c.code) } },
        ctx.clock.now(),
      );
    });
    return weakLaxService.criteria(ctx, actor);
  },

  /** 排查 sheet: every organization of a unit's subtree (in scope) with its screening of the year. */
  async screeningSheet(ctx: AppContext, actor: Actor, q: { year: number; unitId?: number; category?: string[] }, paging: Paging) {
    requirePermission(actor, 'partyOrgs.read');
    const [rows, total] = await weakLaxRepo.screeningSheet(ctx.db, actor, q.year, q.unitId, q.category, paging);
    return {
      total,
      items: rows.map((r) => ({
        org: { id: r.id, name: r.name, kind: r.kind, category: r.category, hostUnitId: r.host_unit_id },
        screened: r.criteria !== null,
        criteria: r.criteria === null ? [] : (JSON.parse(r.criteria) as string[]),
        screenedAt: r.screened_at,
        designationId: r.designation_id,
        status: r.designation_status ?? (r.criteria && r.criteria !== '[]' ? 'screened' : null),
      })),
    };
  },

  /** 排查: records the criteria each organization met this year (all or nothing; a designated one keeps its screening). */
  async screen(ctx: AppContext, actor: Actor, input: ScreeningInput) {
    requirePermission(actor, 'partyOrgs.manage');
    const dictionary = (await weakLaxRepo.criteria(ctx.db)).map((c) => c.code);
    const now = ctx.clock.now();
    const saved = await withTx(ctx.db, async (tx) => {
      const errors: { field: string; code: string; params?: Record<string, unknown> }[] = [];
      const rows: { orgId: number; criteria: string[] }[] = [];
      for (const [i, item] of input.items.entries()) {
        const org = await partyOrgRepo.get(tx, actor, item.orgId, 'partyOrgs.manage');
        if (!org) {
          errors.push({ field: `body.items.${i}.orgId`, code: 'weakLax.org_not_found', params: { id: item.orgId } });
          continue;
        }
        const c = screenCriteria(item.criteria, dictionary, `body.items.${i}.criteria`);
        if (!c.ok) {
          errors.push({ field: c.error.field!, code: c.error.code, params: c.error.params });
          continue;
        }
        // A designated organization keeps the screening it was designated on: resent unchanged it is skipped, changed it is refused.
        if (await weakLaxRepo.designationOf(tx, item.orgId, input.year)) {
          const kept = await weakLaxRepo.screening(tx, item.orgId, input.year);
          if (kept?.criteria !== JSON.stringify(c.value))
            errors.push({ field: `body.items.${i}.orgId`, code: 'weakLax.already_designated', params: { name: org.name } });
          continue;
        }
        rows.push({ orgId: item.orgId, criteria: c.value });
      }
      if (errors.length) throw new AppError('validation.failed', 'invalid', {}, errors);
      for (const r of rows) {
        await weakLaxRepo.upsertScreening(tx, r.orgId, input.year, r.criteria, actor.userId || null, now.toISOString());
        await audit(
          tx,
          auditActor(actor),
          { action: 'weakLax.screen', entity: 'partyOrg', entityId: r.orgId, after: { year: input.year, criteria: r.criteria } },
          now,
        );
      }
      return rows;
    });
    return { screened: saved.length, flagged: saved.filter((r) => r.criteria.length > 0).length };
  },

  /** 认定: the superior confirms a screened organization, naming its county-level contact leader. */
  async designate(ctx: AppContext, actor: Actor, orgId: number, input: { year: number; contactLeader: string; firstSecretary?: string | null }) {
    requirePermission(actor, 'partyOrgs.manage');
    const now = ctx.clock.now();
    const id = await withTx(ctx.db, async (tx) => {
      const org = await loadOrg(tx, actor, orgId, 'partyOrgs.manage');
      const screening = await weakLaxRepo.screening(tx, orgId, input.year);
      if (await weakLaxRepo.designationOf(tx, orgId, input.year)) throw new AppError('weakLax.already_designated', 'conflict', { name: org.name });
      const d = unwrap(designate(screening ? (JSON.parse(screening.criteria) as string[]) : [], input));
      const id = await weakLaxRepo.insertDesignation(tx, {
        org_id: orgId,
        year: input.year,
        status: d.status,
        contact_leader: d.contactLeader,
        first_secretary: d.firstSecretary,
        plan: null,
        accepted_on: null,
        look_back_on: null,
        designated_by: actor.userId || null,
        designated_at: now.toISOString(),
        updated_at: now.toISOString(),
      });
      await audit(
        tx,
        auditActor(actor),
        {
          action: 'weakLax.designate',
          entity: 'weakLax',
          entityId: id,
          after: { orgId, year: input.year, contactLeader: d.contactLeader, firstSecretary: d.firstSecretary },
        },
        now,
      );
      return { id, unit: org.host_unit_id };
    });
    publishOrg(ctx, 'partyOrg.updated', orgId, [id.unit]);
    return weakLaxService.get(ctx, actor, id.id);
  },

  /** 一村一策: the plan's text; writing it starts the rectification. */
  async setPlan(ctx: AppContext, actor: Actor, id: number, input: { plan: string; version: number }) {
    await withTx(ctx.db, async (tx) => {
      const row = await managed(ctx, tx, actor, id, input.version);
      const next = unwrap(plan(stateOf(row), input.plan));
      await write(ctx, tx, row, { status: next.status, plan: next.plan });
      await audit(
        tx,
        auditActor(actor),
        { action: 'weakLax.plan', entity: 'weakLax', entityId: id, before: { plan: row.plan }, after: { plan: next.plan } },
        ctx.clock.now(),
      );
    });
    return weakLaxService.get(ctx, actor, id);
  },

  /**
   * A measure of the plan: a draft ledger task (through the ledger's index, as the problems module's
   * measures are), led by the organization's host unit unless named, linked to the designation and to
   * the organization (party_org_tasks, purpose measure). It walks the ledger's own loop from there.
   */
  async addMeasure(ctx: AppContext, actor: Actor, id: number, m: MeasureInput) {
    requirePermission(actor, 'ledger.manage');
    const r = await withTx(ctx.db, async (tx) => {
      const row = await managed(ctx, tx, actor, id);
      unwrap(canAddMeasure(stateOf(row)));
      const taskId = await insertDraft(ctx, tx, actor, {
        title: m.title,
        description: m.description ?? `${row.org_name}软弱涣散整顿措施`,
        leadUnitId: m.leadUnitId ?? row.host_unit_id,
        ownerName: m.ownerName?.trim() || null,
        deadline: m.deadline ?? null,
        category: 'problem',
      });
      await weakLaxRepo.linkTask(tx, id, taskId, 'measure');
      await partyOrgRepo.linkTask(tx, row.org_id, taskId, 'measure');
      await write(ctx, tx, row, {});
      await audit(tx, auditActor(actor), { action: 'weakLax.addMeasure', entity: 'weakLax', entityId: id, after: { taskId, ...m } }, ctx.clock.now());
      return { taskId, orgId: row.org_id, unit: row.host_unit_id };
    });
    publishOrg(ctx, 'partyOrg.updated', r.orgId, [r.unit]);
    return { taskId: r.taskId };
  },

  /** 下达: every draft measure at once through the ledger (all or none). */
  async dispatch(ctx: AppContext, actor: Actor, id: number) {
    const row = await managed(ctx, ctx.db, actor, id);
    const drafts = (await weakLaxRepo.tasks(ctx.db, id)).filter((t) => t.state === 'draft').map((t) => t.id);
    if (!drafts.length) throw new AppError('weakLax.no_draft_measures', 'conflict');
    await actionService.dispatchMany(ctx, actor, drafts);
    publishOrg(ctx, 'partyOrg.updated', row.org_id, [row.host_unit_id]);
    return weakLaxService.get(ctx, actor, id);
  },

  /**
   * 验收: score and evidence. At the pass score the year's watch starts and the look-back (回头看) is
   * scheduled as a ledger task due a year later, dispatched to the host unit (the supervision module's
   * look-back checks tasks already signed off; it has no way to book one for a later date).
   */
  async accept(ctx: AppContext, actor: Actor, id: number, input: { score: number; fileIds: number[]; version?: number }) {
    requirePermission(actor, 'partyOrgs.manage');
    const fileIds = [...new Set(input.fileIds)];
    // Checked before the transaction, as the modules' read rules query outside it.
    await assertAttachable(ctx, ctx.db, actor, fileIds, 'body.fileIds');
    const { passScore } = await workSettings(ctx.db);
    const on = ctx.today();
    const r = await withTx(ctx.db, async (tx) => {
      const row = await managed(ctx, tx, actor, id, input.version);
      const measures = await weakLaxRepo.measureCount(tx, id);
      const result = unwrap(accept(stateOf(row), measures, { score: input.score, evidenceCount: fileIds.length, on, passScore }));
      const now = ctx.clock.now();
      await weakLaxRepo.insertAcceptance(tx, {
        designation_id: id,
        score: input.score,
        pass_score: passScore,
        passed: result.passed,
        file_ids: fileIds,
        accepted_on: on,
        accepted_by: actor.userId || null,
        created_at: now.toISOString(),
      });
      await write(ctx, tx, row, { status: result.next.status, accepted_on: result.next.acceptedOn, look_back_on: result.next.lookBackOn });
      if (result.passed) {
        const taskId = await insertDraft(ctx, tx, actor, {
          title: `回头看：${row.org_name}软弱涣散整顿成效`,
          description: `${row.org_name}于 ${on} 通过软弱涣散整顿验收（${input.score} 分），巩固提升一年后回头看。`,
          leadUnitId: row.host_unit_id,
          deadline: result.next.lookBackOn,
          category: 'problem',
        });
        await weakLaxRepo.linkTask(tx, id, taskId, 'lookBack');
        await partyOrgRepo.linkTask(tx, row.org_id, taskId, 'lookBack');
        await step(ctx, tx, actor, taskId, 'dispatch', undefined);
      }
      await audit(
        tx,
        auditActor(actor),
        { action: 'weakLax.accept', entity: 'weakLax', entityId: id, after: { score: input.score, passScore, passed: result.passed, fileIds } },
        now,
      );
      return { orgId: row.org_id, unit: row.host_unit_id };
    });
    publishOrg(ctx, 'partyOrg.updated', r.orgId, [r.unit]);
    return weakLaxService.get(ctx, actor, id);
  },

  /** After the look-back: consolidated (closed) or relapsed (back to rectifying). */
  async closeLookBack(ctx: AppContext, actor: Actor, id: number, input: { outcome: LookBackOutcome; version?: number }) {
    const r = await withTx(ctx.db, async (tx) => {
      const row = await managed(ctx, tx, actor, id, input.version);
      const lookBackDone = (await weakLaxRepo.tasks(tx, id)).some((t) => t.purpose === 'lookBack' && t.state === 'signedOff');
      const next = unwrap(closeLookBack(stateOf(row), input.outcome, ctx.today(), lookBackDone));
      const now = ctx.clock.now();
      await weakLaxRepo.insertLookBack(tx, { designation_id: id, outcome: input.outcome, decided_by: actor.userId || null, created_at: now.toISOString() });
      await write(ctx, tx, row, { status: next.status, accepted_on: next.acceptedOn, look_back_on: next.lookBackOn });
      await audit(tx, auditActor(actor), { action: 'weakLax.closeLookBack', entity: 'weakLax', entityId: id, after: { outcome: input.outcome } }, now);
      return { orgId: row.org_id, unit: row.host_unit_id };
    });
    publishOrg(ctx, 'partyOrg.updated', r.orgId, [r.unit]);
    return weakLaxService.get(ctx, actor, id);
  },

  /** 软弱涣散台账: screened and designated organizations, newest year first. */
  async list(ctx: AppContext, actor: Actor, f: WeakLaxFilter, paging: Paging) {
    requirePermission(actor, 'partyOrgs.read');
    const [rows, total, names] = await Promise.all([weakLaxRepo.page(ctx.db, actor, f, paging), weakLaxRepo.count(ctx.db, actor, f), criterionNames(ctx.db)]);
    return { total, items: rows.map((r) => present(r, names)) };
  },

  /** One designation: the case, its measures and look-back as ledger task items, acceptances, and what this actor may do. */
  async get(ctx: AppContext, actor: Actor, id: number) {
    requirePermission(actor, 'partyOrgs.read');
    const row = await weakLaxRepo.getDesignation(ctx.db, actor, id);
    if (!row || row.designation_id === null) throw notFound();
    const [names, linked, acceptances, lookBacks] = await Promise.all([
      criterionNames(ctx.db),
      weakLaxRepo.tasks(ctx.db, id),
      weakLaxRepo.acceptances(ctx.db, id),
      weakLaxRepo.lookBacks(ctx.db, id),
    ]);
    const ids = linked.map((t) => t.id);
    const seen =
      ids.length && actor.permissions.has('ledger.read') ? (await taskService.list(ctx, actor, { ids, sort: 'id' }, { page: 1, pageSize: 200 })).items : [];
    const byId = new Map(seen.map((t) => [t.id, t]));
    const pick = (purpose: string) => linked.filter((t) => t.purpose === purpose).flatMap((t) => byId.get(t.id) ?? []);
    const live = linked.filter((t) => t.purpose === 'measure' && t.state !== 'cancelled');
    const measures = { total: live.length, signedOff: live.filter((t) => t.state === 'signedOff').length };
    const canManage = actor.permissions.has('partyOrgs.manage') && (await weakLaxRepo.getDesignation(ctx.db, actor, id, 'partyOrgs.manage')) !== undefined;
    const lookBackDone = linked.some((t) => t.purpose === 'lookBack' && t.state === 'signedOff');
    return {
      ...present(row, names),
      measureCounts: { ...measures, draft: linked.filter((t) => t.purpose === 'measure' && t.state === 'draft').length },
      measures: pick('measure'),
      lookBackTasks: pick('lookBack'),
      acceptances: acceptances.map((a) => ({
        id: a.id,
        score: a.score,
        passScore: a.pass_score,
        passed: a.passed === 1,
        fileIds: JSON.parse(a.file_ids) as number[],
        acceptedOn: a.accepted_on,
        at: a.created_at,
        by: a.accepted_by === null ? null : { id: a.accepted_by, name: a.by_name ?? '' },
      })),
      lookBacks: lookBacks.map((l) => ({
        id: l.id,
        outcome: l.outcome,
        at: l.created_at,
        by: l.decided_by === null ? null : { id: l.decided_by, name: l.by_name ?? '' },
      })),
      actions: weakLaxActions(stateOf(row), measures, ctx.today(), canManage, lookBackDone),
    };
  },
};
