import type { Writable } from 'node:stream';
import type { AppContext } from '../../../platform/context.ts';
import { withTx } from '../../../platform/db/tx.ts';
import { audit } from '../../../platform/audit/index.ts';
import { auditActor, requirePermission, resolveScope, type Actor } from '../../../platform/access/index.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import type { TaskFilter } from '../repo/tasks.ts';
import { presentTasks } from '../service/present.ts';
import { excelRepo } from './repo.ts';
import { LedgerSheetWriter } from './sheet-writer.ts';
import { UnitNames } from './unit-names.ts';
import { fileNameOf, titleOf } from './layout.ts';

/** Rows read from the database per page: enough to amortize the round trips, few enough to stay flat. */
export const EXPORT_PAGE = 1000;

const filterKeys = ['unitId', 'involvement', 'status', 'light', 'deadlineFrom', 'deadlineTo', 'sourceId', 'category', 'ownerId', 'key', 'parentId', 'q', 'ids', 'sort'] as const;

/** The list's filters without its paging: an export holds every row the list would page through. */
export function exportFilter(query: TaskFilter): TaskFilter {
  const out: Record<string, unknown> = {};
  for (const k of filterKeys) if (query[k] !== undefined) out[k] = query[k];
  return out as TaskFilter;
}

export interface PreparedExport {
  fileName: string;
  rows: number;
  /** Streams the workbook into `out`, then writes the audit row; resolves when the file is complete. */
  write(out: Writable): Promise<number>;
}

export const exportService = {
  /**
   * Checks the request and fixes the rows (the list's filters, data scope and order, as of now)
   * before a byte is written, so a refusal is still an ordinary error response.
   */
  async prepare(ctx: AppContext, actor: Actor, f: TaskFilter, locale: Locale, pageSize = EXPORT_PAGE): Promise<PreparedExport> {
    requirePermission(actor, 'ledger.read');
    const today = ctx.today();
    const ids = await excelRepo.exportIds(ctx.db, actor, f, today);
    const names = new UnitNames(await excelRepo.allUnits(ctx.db));
    const scope = resolveScope(actor, 'ledger.read');
    const own = [...scope.subtrees, ...scope.units];
    const titleUnit = f.unitId !== undefined ? f.unitId : !scope.all && own.length === 1 ? own[0] : null;
    const title = titleOf(locale, titleUnit === null ? null : names.name(titleUnit), today);
    return {
      fileName: fileNameOf(locale, today),
      rows: ids.length,
      write: async (out) => {
        const sheet = new LedgerSheetWriter(out, locale, title);
        for (let i = 0; i < ids.length; i += pageSize) {
          const rows = await excelRepo.rowsByIds(ctx.db, ids.slice(i, i + pageSize));
          for (const item of await presentTasks(ctx.db, rows, today)) {
            sheet.addLine({
              item,
              leadUnit: item.leadUnit ? names.label(item.leadUnit.id) : '',
              supportingUnits: item.supportingUnits.map((u) => names.label(u.id)).join('、'),
            });
          }
          await sheet.drain();
        }
        await sheet.finish();
        await withTx(ctx.db, (tx) => audit(tx, auditActor(actor), { action: 'task.export', entity: 'task', after: { filters: { ...f }, rows: sheet.rows } }, ctx.clock.now()));
        return sheet.rows;
      },
    };
  },
};
