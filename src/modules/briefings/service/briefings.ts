import type { FromSchema } from 'json-schema-to-ts';
import type { createBody, editBody } from '../schema.ts';
import type { AppContext } from '../../../platform/context.ts';
import { auditActor, requirePermission, type Actor } from '../../../platform/access/index.ts';
import { audit, type AuditAction } from '../../../platform/audit/index.ts';
import { AppError, fieldError, notFound } from '../../../platform/errors.ts';
import { dashboardScope } from '../../dashboard/index.ts';
import { withTx } from '../../../platform/db/tx.ts';
import { calendarDate } from '../../../platform/clock.ts';
import { composeBriefing, editBriefing, type BriefingContent } from '../domain/compose.ts';
import { briefingRepo, type BriefingRow } from '../repo.ts';
import { briefingFigures } from './figures.ts';
import { briefingIssuer } from './issuer.ts';
import { renderBriefingDocx } from './docx.ts';
import { renderBriefingXlsx } from './xlsx.ts';

export type CreateInput = FromSchema<typeof createBody>;
export type EditInput = FromSchema<typeof editBody>;

/** A briefing as the list shows it; `present` adds its content. */
const presentHead = (r: Pick<BriefingRow, 'id' | 'title' | 'unit_id' | 'period_from' | 'period_to' | 'status' | 'version' | 'created_at' | 'issued_at'>) => ({
  id: r.id,
  title: r.title,
  unitId: r.unit_id,
  from: r.period_from,
  to: r.period_to,
  status: r.status,
  version: r.version,
  createdAt: r.created_at,
  issuedAt: r.issued_at,
});

const present = (r: BriefingRow) => ({ ...presentHead(r), content: JSON.parse(r.content) as BriefingContent });

/** Figures and text of a new briefing; nothing stored (the CLI renders it straight to a file). */
export async function generateBriefing(ctx: AppContext, actor: Actor, input: CreateInput) {
  const f = await briefingFigures(ctx, actor, input);
  const { unitId, ...figures } = f;
  // One signer for API and CLI alike: the install's organization department, never built from the scope.
  const issuer = await briefingIssuer(ctx);
  const content = composeBriefing(figures, issuer.name, input.title);
  return { unitId, content: { ...content, docPrefix: issuer.docPrefix, mainTo: issuer.mainTo, cc: issuer.cc || undefined } };
}

async function load(ctx: AppContext, actor: Actor, id: number): Promise<BriefingRow> {
  requirePermission(actor, 'briefing.manage');
  const row = await briefingRepo.getScoped(ctx.db, actor, id);
  if (!row) throw notFound();
  return row;
}

export const briefingService = {
  /** A draft with generated figures and editable text. */
  async create(ctx: AppContext, actor: Actor, input: CreateInput) {
    requirePermission(actor, 'briefing.manage');
    // The unit is a foreign id in the body: outside the author's scope it is a 400 naming it, as for a unit that does not exist.
    if (input.unitId !== undefined) {
      const unitId = input.unitId;
      await dashboardScope(ctx, actor, unitId).catch((e: unknown) => {
        throw e instanceof AppError && e.kind === 'notFound' ? fieldError('body.unitId', 'validation.reference_not_visible', { id: unitId }) : e;
      });
    }
    const { unitId, content } = await generateBriefing(ctx, actor, input);
    const now = ctx.clock.now().toISOString();
    const id = await withTx(ctx.db, async (tx) => {
      const id = await briefingRepo.insert(tx, {
        title: content.title,
        unit_id: unitId,
        period_from: content.figures.from,
        period_to: content.figures.to,
        status: 'draft',
        content: JSON.stringify(content),
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
        issued_by: null,
        issued_at: null,
      });
      await audit(
        tx,
        auditActor(actor),
        { action: 'briefing.create', entity: 'briefing', entityId: id, after: { title: content.title, from: input.from, to: input.to, unitId } },
        ctx.clock.now(),
      );
      return id;
    });
    return present((await briefingRepo.get(ctx.db, id))!);
  },

  async get(ctx: AppContext, actor: Actor, id: number) {
    return present(await load(ctx, actor, id));
  },

  async list(ctx: AppContext, actor: Actor, status?: 'draft' | 'issued') {
    requirePermission(actor, 'briefing.manage');
    const rows = await briefingRepo.list(ctx.db, actor, status);
    return {
      total: rows.length,
      items: rows.map(presentHead),
    };
  },

  /** Edits the title or section texts of a draft; a stale version is a 409, an issued briefing is frozen. */
  async edit(ctx: AppContext, actor: Actor, id: number, input: EditInput) {
    return write(ctx, actor, id, input.version, 'briefing.edit', (row) => {
      const content = editBriefing(JSON.parse(row.content), input);
      return { title: content.title, content: JSON.stringify(content) };
    });
  },

  /** Freezes a draft: issued briefings are kept as they were issued. */
  async issue(ctx: AppContext, actor: Actor, id: number, version: number) {
    const now = ctx.clock.now().toISOString();
    return write(ctx, actor, id, version, 'briefing.issue', async (row, tx) => {
      // The 发文字号 is given on issue: 〔year〕n号, n counting this year's issued briefings, the year
      // being the configured zone's (31 December 20:00 UTC is already 1 January in Beijing).
      const year = ctx.today().slice(0, 4);
      const window = await briefingRepo.issuedBetween(tx, `${Number(year) - 1}-12-30`, `${Number(year) + 1}-01-03`);
      const n = window.filter((at) => calendarDate(new Date(at), ctx.config.timeZone).startsWith(year)).length + 1;
      const content = { ...(JSON.parse(row.content) as BriefingContent), docNumber: `〔${year}〕${n}号` };
      return { status: 'issued', issued_by: actor.userId, issued_at: now, content: JSON.stringify(content) };
    });
  },

  /** The issue date printed is the calendar day in the configured zone (issued at 01:00 Beijing is that day, not the UTC day before). */
  async docx(ctx: AppContext, actor: Actor, id: number) {
    const b = present(await load(ctx, actor, id));
    return {
      name: `${b.title}.docx`,
      body: await renderBriefingDocx(b.content, b.issuedAt ? calendarDate(new Date(b.issuedAt), ctx.config.timeZone) : null, b.status === 'draft'),
    };
  },

  async xlsx(ctx: AppContext, actor: Actor, id: number) {
    const b = present(await load(ctx, actor, id));
    return { name: `${b.title}（附表）.xlsx`, body: await renderBriefingXlsx(b.content) };
  },
};

async function write(
  ctx: AppContext,
  actor: Actor,
  id: number,
  version: number,
  action: AuditAction,
  change: (row: BriefingRow, tx: AppContext['db']) => Partial<BriefingRow> | Promise<Partial<BriefingRow>>,
) {
  const now = ctx.clock.now();
  await withTx(ctx.db, async (tx) => {
    const row = await load({ ...ctx, db: tx } as AppContext, actor, id);
    if (row.status !== 'draft') throw new AppError('briefing.issued', 'conflict');
    if (row.version !== version) throw new AppError('briefing.stale', 'conflict', { current: row.version, submitted: version });
    const set = { ...(await change(row, tx)), updated_at: now.toISOString() };
    if (!(await briefingRepo.update(tx, id, version, set))) throw new AppError('briefing.stale', 'conflict', { current: row.version, submitted: version });
    await audit(
      tx,
      auditActor(actor),
      { action, entity: 'briefing', entityId: id, after: { title: set.title ?? row.title, status: set.status ?? row.status } },
      now,
    );
  });
  return present((await briefingRepo.get(ctx.db, id))!);
}
