import type { AppContext } from '../../../platform/context.ts';
import { withTx } from '../../../platform/db/tx.ts';
import { staleWriteError } from '../../../platform/db/versioned.ts';
import { audit } from '../../../platform/audit/index.ts';
import { auditActor, requirePermission, type Actor } from '../../../platform/access/index.ts';
import { AppError } from '../../../platform/errors.ts';
import type { Paging } from '../../../platform/http/schemas.ts';
import { assertAttachable } from '../../../platform/files/index.ts';
import { assessmentErrors, assessmentScore, templateErrors, withKeys, type ChecklistItem } from '../domain/standardization.ts';
import { standardRepo } from '../repo/standardization.ts';
import { assertNoErrors, loadOrg } from './shared.ts';
import { workSettings } from './work-settings.ts';

type TemplateRow = NonNullable<Awaited<ReturnType<typeof standardRepo.template>>>;
const presentTemplate = (t: TemplateRow) => ({
  id: t.id,
  category: t.category,
  name: t.name,
  items: JSON.parse(t.items) as ChecklistItem[],
  updatedAt: t.updated_at,
  version: t.version,
});

export interface AssessmentInput {
  year: number;
  met: string[];
  files?: { itemKey: string; fileId: number }[];
  version?: number;
}

export const standardizationService = {
  async templates(ctx: AppContext, actor: Actor) {
    requirePermission(actor, 'partyOrgs.read');
    const rows = await standardRepo.templates(ctx.db);
    return { total: rows.length, items: rows.map(presentTemplate) };
  },

  /** A category's checklist: yes/no statements only (domain/standardization.ts says why). */
  async setTemplate(ctx: AppContext, actor: Actor, category: string, input: { name: string; items: { key?: string; text: string }[]; version?: number }) {
    requirePermission(actor, 'partyOrgs.manage');
    const items = withKeys(input.items);
    assertNoErrors(templateErrors(items));
    const now = ctx.clock.now();
    await withTx(ctx.db, async (tx) => {
      const before = await standardRepo.template(tx, category);
      if (!(await standardRepo.upsertTemplate(tx, category, input.name.trim(), JSON.stringify(items), now.toISOString(), input.version)))
        throw await staleWriteError(tx, 'setting', 0, before?.version ?? 0, input.version ?? 0, ctx.config.timeZone);
      await audit(
        tx,
        auditActor(actor),
        { action: 'standard.template', entity: 'setting', entityId: `standard.${category}`, after: { name: input.name, items: items.length } },
        now,
      );
    });
    return presentTemplate((await standardRepo.template(ctx.db, category))!);
  },

  /** An organization's assessment of the year against its category's checklist: items met, optional files, score. */
  async assess(ctx: AppContext, actor: Actor, orgId: number, input: AssessmentInput) {
    requirePermission(actor, 'partyOrgs.manage');
    const files = input.files ?? [];
    await assertAttachable(
      ctx,
      ctx.db,
      actor,
      files.map((f) => f.fileId),
      'body.files',
    );
    const { standardThreshold } = await workSettings(ctx.db);
    const now = ctx.clock.now();
    const id = await withTx(ctx.db, async (tx) => {
      const org = await loadOrg(tx, actor, orgId, 'partyOrgs.manage');
      const template = await standardRepo.template(tx, org.category);
      if (!template) throw new AppError('standardization.no_template', 'conflict', { category: org.category });
      const items = JSON.parse(template.items) as ChecklistItem[];
      assertNoErrors([
        ...assessmentErrors(items, input.met),
        ...assessmentErrors(
          items,
          files.map((f) => f.itemKey),
          'body.files',
        ),
      ]);
      const met = [...new Set(input.met)];
      const score = assessmentScore(items, met, standardThreshold);
      const saved = await standardRepo.upsertAssessment(
        tx,
        {
          org_id: orgId,
          year: input.year,
          template_id: template.id,
          met: JSON.stringify(met),
          file_ids: JSON.stringify(files),
          met_count: score.met,
          item_count: score.total,
          score: score.score,
          assessed_by: actor.userId || null,
          assessed_at: now.toISOString(),
        },
        input.version,
      );
      if (!saved) {
        const current = await standardRepo.assessment(tx, orgId, input.year);
        throw await staleWriteError(tx, 'standardAssessment', current!.id, current!.version, input.version!, ctx.config.timeZone);
      }
      await audit(
        tx,
        auditActor(actor),
        { action: 'standard.assess', entity: 'standardAssessment', entityId: saved.id, after: { orgId, year: input.year, met, score: score.score } },
        now,
      );
      return saved.id;
    });
    const [item] = (await standardizationService.list(ctx, actor, { year: input.year, ids: [id] }, { page: 1, pageSize: 1 })).items;
    return item;
  },

  /** Assessments by year, unit subtree and category; `belowStandard` keeps those under the threshold (lowest first). */
  async list(
    ctx: AppContext,
    actor: Actor,
    q: { year?: number; unitId?: number; category?: string[]; belowStandard?: boolean; ids?: number[] },
    paging: Paging,
  ) {
    requirePermission(actor, 'partyOrgs.read');
    const { standardThreshold } = await workSettings(ctx.db);
    const f = { year: q.year, unitId: q.unitId, category: q.category, below: q.belowStandard ? standardThreshold : undefined, ids: q.ids };
    const [rows, total] = await Promise.all([standardRepo.page(ctx.db, actor, f, paging), standardRepo.count(ctx.db, actor, f)]);
    return {
      total,
      threshold: standardThreshold,
      items: rows.map((r) => ({
        id: r.id,
        year: r.year,
        org: { id: r.org_id, name: r.org_name, kind: r.org_kind, category: r.org_category, hostUnitId: r.host_unit_id },
        met: JSON.parse(r.met) as string[],
        files: JSON.parse(r.file_ids) as { itemKey: string; fileId: number }[],
        metCount: r.met_count,
        itemCount: r.item_count,
        score: r.score,
        belowStandard: r.score < standardThreshold,
        assessedAt: r.assessed_at,
        version: r.version,
      })),
    };
  },
};
