import type { AppContext } from '../../../platform/context.ts';
import { withTx } from '../../../platform/db/tx.ts';
import { audit } from '../../../platform/audit/index.ts';
import { auditActor, requirePermission, type Actor } from '../../../platform/access/index.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import { UnitNames, unitRepo } from '../../units/index.ts';
import { sourceRepo } from '../repo/sources.ts';
import { insertDraft, type TaskFields } from '../service/tasks.ts';
import { taskEvent } from '../service/shared.ts';
import { excelRepo } from './repo.ts';
import { readTable } from './read-table.ts';
import { rowFields, type RowError } from './row-fields.ts';
import { headers } from './layout.ts';

export interface ImportOptions {
  fileName?: string | null;
  /** Import the good rows and report the bad ones, instead of importing nothing. */
  skipBadRows?: boolean;
  /** Creates a source (kind document) of this title that the imported tasks belong to. */
  sourceTitle?: string | null;
}

export interface ImportResult {
  batchId: number | null;
  imported: number;
  skipped: number;
  errors: RowError[];
}

export const IMPORT_KIND = 'decomposition';

/** Row errors in the reader's language: `{ row: 7, field: '牵头单位', message: '找不到单位“东城”' }`. */
export function presentRowErrors(locale: Locale, errors: RowError[]) {
  return errors.map((e) => ({ row: e.row, field: headers[locale][e.column], message: t(locale, e.code, e.params) }));
}

export const importService = {
  /**
   * A decomposition table (任务分解表) to draft tasks: every row checked first, then all good rows
   * inserted in one transaction through insertDraft (roll-ups, audit), tagged with one batch.
   */
  async importTable(ctx: AppContext, actor: Actor, data: Buffer, opts: ImportOptions = {}): Promise<ImportResult> {
    requirePermission(actor, 'ledger.manage');
    const rows = await readTable(data);
    const today = ctx.today();
    const names = new UnitNames(await unitRepo.tree(ctx.db, actor));
    const good: { row: number; fields: TaskFields }[] = [];
    const errors: RowError[] = [];
    for (const r of rows) {
      const checked = rowFields(r, names, today);
      if (checked.fields) good.push({ row: r.row, fields: checked.fields });
      errors.push(...checked.errors);
    }
    const skipped = new Set(errors.map((e) => e.row)).size;
    if (!good.length || (errors.length && !opts.skipBadRows)) return { batchId: null, imported: 0, skipped, errors };

    const now = ctx.clock.now();
    const created: number[] = [];
    const batchId = await withTx(ctx.db, async (tx) => {
      let sourceId: number | null = null;
      if (opts.sourceTitle?.trim()) {
        const title = opts.sourceTitle.trim().slice(0, 300);
        sourceId = await sourceRepo.insert(tx, { kind: 'document', title, text: '', created_by: actor.userId || null, created_at: now.toISOString(), updated_at: now.toISOString() });
        await audit(tx, auditActor(actor), { action: 'create', entity: 'source', entityId: sourceId, after: { kind: 'document', title, items: good.length } }, now);
      }
      const batchId = await excelRepo.insertBatch(tx, { kind: IMPORT_KIND, fileName: opts.fileName ?? null, rows: good.length, createdBy: actor.userId || null, at: now.toISOString() });
      for (const [i, g] of good.entries()) {
        created.push(await insertDraft(ctx, tx, actor, { ...g.fields, sourceId }, { importBatchId: batchId, sortKey: `${String(i + 1).padStart(5, '0')}.` }));
      }
      await audit(tx, auditActor(actor), { action: 'task.import', entity: 'import_batch', entityId: batchId, after: { file: opts.fileName ?? null, rows: good.length, skipped, sourceId } }, now);
      return batchId;
    });
    for (const id of created) ctx.events.publish(await taskEvent(ctx, 'task.created', id));
    return { batchId, imported: created.length, skipped, errors };
  },
};
