import type { AppContext } from '../../../platform/context.ts';
import { audit } from '../../../platform/audit/index.ts';
import { auditActor, type Actor } from '../../../platform/access/index.ts';
import { runImport, type ImportDefinition, type ImportOptions } from '../../../platform/excel/import-kit/index.ts';
import { unitRepo } from '../../units/index.ts';
import { sourceRepo } from '../repo/sources.ts';
import { insertDraft, type TaskFields } from '../service/tasks.ts';
import { taskEvent } from '../service/shared.ts';
import { MAX_IMPORT_ROWS } from './read-table.ts';
import { rowFields } from './row-fields.ts';
import { UnitNames } from '../../units/index.ts';
import { columnOfHeader, headers, type ColumnKey } from './layout.ts';
import { undoBatch } from './undo.ts';

export interface LedgerImportOptions {
  /** Creates a source (kind document) of this title that the imported tasks belong to. */
  sourceTitle?: string | null;
}

export const IMPORT_KIND = 'decomposition';

/**
 * A decomposition table (任务分解表) to draft tasks: every row checked first, then all good rows
 * inserted in one transaction through insertDraft (roll-ups, audit), tagged with one batch.
 */
export const ledgerImport: ImportDefinition<ColumnKey, { names: UnitNames; today: string }, TaskFields, object, LedgerImportOptions> = {
  kind: IMPORT_KIND,
  prefix: 'ledger',
  permissions: ['ledger.manage'],
  columns: { columnOf: columnOfHeader, required: 'title', maxRows: MAX_IMPORT_ROWS, headers },
  prepare: async (ctx, actor) => ({ names: new UnitNames(await unitRepo.tree(ctx.db, actor)), today: ctx.today() }),
  parse: (row, env) => {
    const checked = rowFields(row, env.names, env.today);
    return { value: checked.fields, errors: checked.errors };
  },
  async apply(ctx, tx, actor, rows, batch, opts) {
    const now = batch.at.toISOString();
    let sourceId: number | null = null;
    if (opts?.sourceTitle?.trim()) {
      const title = opts.sourceTitle.trim().slice(0, 300);
      // Created at the batch's time: undo recognises the source its import made by that.
      sourceId = await sourceRepo.insert(tx, { kind: 'document', title, text: '', created_by: actor.userId || null, created_at: now, updated_at: now });
      await audit(
        tx,
        auditActor(actor),
        { action: 'create', entity: 'source', entityId: sourceId, after: { kind: 'document', title, items: rows.length } },
        batch.at,
      );
    }
    const created: number[] = [];
    for (const [i, fields] of rows.entries()) {
      created.push(await insertDraft(ctx, tx, actor, { ...fields, sourceId }, { importBatchId: batch.id, sortKey: `${String(i + 1).padStart(5, '0')}.` }));
    }
    return {
      result: {},
      audit: { sourceId },
      afterCommit: async () => {
        for (const id of created) ctx.events.publish(await taskEvent(ctx, 'task.created', id));
      },
    };
  },
  empty: {},
  audit: { action: 'task.import', undoAction: 'task.import.undo' },
  undo: undoBatch,
};

export const importService = {
  importTable: (ctx: AppContext, actor: Actor, data: Buffer, opts: ImportOptions<LedgerImportOptions> = {}) => runImport(ctx, actor, ledgerImport, data, opts),
};
