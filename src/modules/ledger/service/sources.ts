import type { AppContext } from '../../../platform/context.ts';
import { withTx } from '../../../platform/db/tx.ts';
import type { DbOrTx } from '../../../platform/db/types.ts';
import { audit } from '../../../platform/audit/index.ts';
import { auditActor, requirePermission, type Actor } from '../../../platform/access/index.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { assertAttachable } from '../../../platform/files/index.ts';
import type { Paging } from '../../../platform/http/schemas.ts';
import { parseInWorker, ParseInputError, parserMessages } from '../../parser/index.ts';
import { unitRepo } from '../../units/index.ts';
import { sourceRepo } from '../repo/sources.ts';
import { insertDraft, type TaskFields } from './tasks.ts';
import { itemFailure, step } from './actions.ts';
import { taskEvent } from './shared.ts';
import { assertReferences, taskReferences, type Reference } from './references.ts';

export const sourceKinds = ['speech', 'instruction', 'document', 'workPlan', 'inspection'] as const;

export interface DraftItem extends Omit<TaskFields, 'parentId' | 'sourceId' | 'sourceStart' | 'sourceEnd'> {
  start?: number;
  end?: number;
  children?: DraftItem[];
}

export interface PublishInput {
  kind: (typeof sourceKinds)[number];
  title: string;
  date?: string | null;
  issuer?: string | null;
  text?: string;
  fileId?: number | null;
  reportingCycle?: TaskFields['reportingCycle'];
  items: DraftItem[];
  /** Dispatch every published task that has a lead unit, in the same transaction. */
  dispatch?: boolean;
  /** An existing source without tasks (a 批示 turned into a source) to publish the items into. */
  sourceId?: number;
}

function inputError(e: unknown): never {
  if (e instanceof ParseInputError) {
    const err = new AppError(e.code, e.code === 'parser.tooLarge' ? 'tooLarge' : 'invalid');
    err.format = (locale) => parserMessages[locale][e.code];
    throw err;
  }
  throw e;
}

/**
 * The source of this kind and title, created (and audited) inside the caller's transaction when
 * there is none yet: for modules that file generated tasks under one standing source (换届工作).
 */
export async function ensureSource(
  ctx: AppContext,
  tx: DbOrTx,
  actor: Actor,
  input: { kind: (typeof sourceKinds)[number]; title: string; issuer?: string | null },
) {
  const found = await sourceRepo.byTitle(tx, input.kind, input.title);
  if (found !== undefined) return found;
  const now = ctx.clock.now();
  const id = await sourceRepo.insert(tx, {
    kind: input.kind,
    title: input.title,
    date: ctx.today(),
    issuer: input.issuer ?? null,
    text: '',
    file_id: null,
    reporting_cycle: null,
    created_by: actor.userId || null,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
  });
  await audit(tx, auditActor(actor), { action: 'create', entity: 'source', entityId: id, after: { kind: input.kind, title: input.title } }, now);
  return id;
}

export const sourceService = {
  /**
   * The first draft of a decomposition: the parser's outline of pasted text or an uploaded file,
   * with unit names matched against the actor's unit tree (name → id) for the picker.
   */
  async parse(ctx: AppContext, actor: Actor, input: { text?: string; file?: { name: string; data: Buffer } }, refDate?: string) {
    requirePermission(actor, 'ledger.manage');
    if (!input.file && !(input.text ?? '').trim()) inputError(new ParseInputError('parser.empty'));
    const tree = await unitRepo.tree(ctx.db, actor);
    // Reading and parsing run in a worker thread with time and memory limits: a large or
    // hostile document must not stall the server's other requests (issue #10, finding 5).
    const result = await parseInWorker(input.file ? { bytes: input.file.data, name: input.file.name } : { text: input.text ?? '' }, {
      refDate: refDate ?? ctx.today(),
      units: tree.map((u) => u.name),
    }).catch(inputError);
    const unitIds: Record<string, number> = {};
    for (const u of tree) if (!(u.name in unitIds)) unitIds[u.name] = u.id;
    return { ...result, unitIds };
  },

  /** Publishing a reviewed outline creates the source and all its tasks in one transaction. */
  async publish(ctx: AppContext, actor: Actor, input: PublishInput) {
    requirePermission(actor, 'ledger.manage');
    const now = ctx.clock.now();
    const created: number[] = [];
    if (input.fileId) await assertAttachable(ctx, ctx.db, actor, input.fileId, 'body.fileId');
    const sourceId = await withTx(ctx.db, async (tx) => {
      const sourceId =
        input.sourceId !== undefined
          ? await intoExisting(ctx, tx, actor, input.sourceId, input)
          : await sourceRepo.insert(tx, {
              kind: input.kind,
              title: input.title,
              date: input.date ?? null,
              issuer: input.issuer ?? null,
              text: input.text ?? '',
              file_id: input.fileId ?? null,
              reporting_cycle: input.reportingCycle ? JSON.stringify(input.reportingCycle) : null,
              created_by: actor.userId || null,
              created_at: now.toISOString(),
              updated_at: now.toISOString(),
            });
      await audit(
        tx,
        auditActor(actor),
        {
          action: input.sourceId !== undefined ? 'update' : 'create',
          entity: 'source',
          entityId: sourceId,
          after: { kind: input.kind, title: input.title, items: count(input.items) },
        },
        now,
      );
      await assertReferences(tx, actor, ctx.today(), itemReferences(input.items, 'body.items'));
      await insertItems(ctx, tx, actor, sourceId, input.items, null, '', created);
      if (input.dispatch) {
        const rows = await sourceRepo.tasksInOrder(tx, sourceId);
        const failures: ReturnType<typeof itemFailure>[] = [];
        for (const r of rows) {
          if (r.lead_unit_id === null) continue;
          try {
            await step(ctx, tx, actor, r.id, 'dispatch', undefined);
          } catch (e) {
            if (!(e instanceof AppError)) throw e;
            failures.push(itemFailure('body.items', r.title, e, actor.locale));
          }
        }
        // Nothing is published when any item cannot be dispatched: the whole list says which and why.
        if (failures.length) throw new AppError('ledger.dispatch_failed', 'invalid', { count: failures.length }, failures);
      }
      return sourceId;
    });
    for (const id of created) ctx.events.publish(await taskEvent(ctx, input.dispatch ? 'task.dispatched' : 'task.created', id));
    return { id: sourceId, taskIds: created };
  },

  list(ctx: AppContext, actor: Actor, paging: Paging, kind?: string) {
    requirePermission(actor, 'ledger.read');
    return sourceRepo.list(ctx.db, actor, ctx.today(), paging, kind);
  },

  async get(ctx: AppContext, actor: Actor, id: number) {
    requirePermission(actor, 'ledger.read');
    const s = await sourceRepo.getScoped(ctx.db, actor, ctx.today(), id);
    if (!s) throw notFound();
    return {
      id: s.id,
      kind: s.kind,
      title: s.title,
      date: s.date,
      issuer: s.issuer,
      text: s.text,
      fileId: s.file_id,
      reportingCycle: s.reporting_cycle ? JSON.parse(s.reporting_cycle) : null,
      createdAt: s.created_at,
      version: s.version,
    };
  },
};

/**
 * Publishing into a source that exists: one this actor sees, with no tasks yet (a 批示 turned into
 * a source). Its title, date and issuer take the reviewed values; its kind and text stay.
 */
async function intoExisting(ctx: AppContext, tx: DbOrTx, actor: Actor, id: number, input: PublishInput): Promise<number> {
  const source = await sourceRepo.getScoped(tx, actor, ctx.today(), id);
  if (!source) throw new AppError('validation.failed', 'invalid', {}, [{ field: 'body.sourceId', code: 'ledger.source_not_found' }]);
  if ((await sourceRepo.tasksInOrder(tx, id)).length) throw new AppError('ledger.source_has_tasks', 'conflict');
  await sourceRepo.updateMeta(tx, id, {
    title: input.title,
    date: input.date ?? null,
    issuer: input.issuer ?? null,
    updated_at: ctx.clock.now().toISOString(),
  });
  return id;
}

/** The units, owners and liaisons the outline names, each with its path in the body (`body.items.0.children.1.ownerId`). */
function itemReferences(items: DraftItem[], prefix: string): Reference[] {
  return items.flatMap((item, i) => [
    ...taskReferences(
      { leadUnitId: item.leadUnitId, supportingUnitIds: item.supportingUnitIds, ownerId: item.ownerId, liaisonId: item.liaisonId },
      `${prefix}.${i}`,
    ),
    ...itemReferences(item.children ?? [], `${prefix}.${i}.children`),
  ]);
}

async function insertItems(
  ctx: AppContext,
  tx: DbOrTx,
  actor: Actor,
  sourceId: number,
  items: DraftItem[],
  parentId: number | null,
  prefix: string,
  created: number[],
) {
  for (const [i, item] of items.entries()) {
    const { children, start, end, ...fields } = item;
    const sortKey = `${prefix}${String(i + 1).padStart(4, '0')}.`;
    const id = await insertDraft(ctx, tx, actor, { ...fields, parentId, sourceId, sourceStart: start ?? null, sourceEnd: end ?? null }, { sortKey });
    created.push(id);
    if (children?.length) await insertItems(ctx, tx, actor, sourceId, children, id, sortKey, created);
  }
}

const flatten = (items: DraftItem[]): DraftItem[] => items.flatMap((i) => [i, ...flatten(i.children ?? [])]);
const count = (items: DraftItem[]) => flatten(items).length;
