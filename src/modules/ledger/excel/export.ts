import type { AppContext } from '../../../platform/context.ts';
import { issuingDepartment } from '../../../platform/issuer.ts';
import { withTx } from '../../../platform/db/tx.ts';
import { audit } from '../../../platform/audit/index.ts';
import { auditActor, requirePermission, resolveScope, type Actor } from '../../../platform/access/index.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import type { TaskFilter } from '../repo/tasks.ts';
import { presentTasks } from '../service/present.ts';
import { excelRepo } from './repo.ts';
import { LedgerSheetWriter } from './sheet-writer.ts';
import { writePages, type PreparedExport } from '../../../platform/excel/export-kit.ts';
import { UnitNames } from '../../units/index.ts';
import { TASK_STATUSES } from '../domain/index.ts';
import { fileNameOf, fillerLineOf, titleOf } from './layout.ts';

/** Rows read from the database per page: enough to amortize the round trips, few enough to stay flat. */
export const EXPORT_PAGE = 1000;

const filterKeys = [
  'unitId',
  'involvement',
  'status',
  'light',
  'deadlineFrom',
  'deadlineTo',
  'sourceId',
  'category',
  'ownerId',
  'key',
  'parentId',
  'q',
  'ids',
  'sort',
] as const;

/** The list's filters without its paging: an export holds every row the list would page through. */
export function exportFilter(query: TaskFilter & { includeDrafts?: boolean }): TaskFilter & { includeDrafts?: boolean } {
  const out: Record<string, unknown> = {};
  for (const k of filterKeys) if (query[k] !== undefined) out[k] = query[k];
  if (query.includeDrafts) out.includeDrafts = true;
  return out as TaskFilter & { includeDrafts?: boolean };
}

/** A ledger goes out of the building: drafts stay out unless asked for (includeDrafts, or a status filter naming them). */
function ledgerFilter(f: TaskFilter & { includeDrafts?: boolean }): TaskFilter {
  const { includeDrafts, ...rest } = f;
  return includeDrafts || rest.status !== undefined ? rest : { ...rest, status: TASK_STATUSES.filter((s) => s !== 'draft') };
}

export const exportService = {
  /**
   * Checks the request and fixes the rows (the list's filters, data scope and order, as of now)
   * before a byte is written, so a refusal is still an ordinary error response.
   */
  async prepare(
    ctx: AppContext,
    actor: Actor,
    asked: TaskFilter & { includeDrafts?: boolean },
    locale: Locale,
    pageSize = EXPORT_PAGE,
  ): Promise<PreparedExport> {
    requirePermission(actor, 'ledger.read');
    const today = ctx.today();
    const f = ledgerFilter(asked);
    const ids = await excelRepo.exportIds(ctx.db, actor, f, today);
    const units = await excelRepo.allUnits(ctx.db);
    const names = new UnitNames(units);
    const scope = resolveScope(actor, 'ledger.read');
    const own = [...scope.subtrees, ...scope.units];
    // A city-wide ledger is the root's (X市重点任务推进台账), as one unit's is that unit's.
    const roots = units.filter((u) => u.parentId === null);
    const titleUnit = f.unitId !== undefined ? f.unitId : !scope.all && own.length === 1 ? own[0] : scope.all && roots.length === 1 ? roots[0].id : null;
    const title = titleOf(locale, titleUnit === null ? null : names.name(titleUnit), today);
    // 填报单位 is who fills the ledger in: the reader's unit; the server's CLI, which has none, writes as the issuing department.
    const filler = fillerLineOf(locale, actor.unitId ? names.name(actor.unitId) : (await issuingDepartment(ctx.db)).name, today);
    return {
      fileName: fileNameOf(locale, today),
      rows: ids.length,
      write: async (out) => {
        const pages = async function* () {
          for (let i = 0; i < ids.length; i += pageSize) {
            const rows = await excelRepo.rowsByIds(ctx.db, ids.slice(i, i + pageSize));
            const measures = new Map(rows.map((r) => [r.id, r.measures]));
            yield (await presentTasks(ctx.db, rows, today)).map((item) => ({
              item,
              measures: measures.get(item.id) ?? '',
              leadUnit: item.leadUnit ? names.label(item.leadUnit.id) : '',
              supportingUnits: item.supportingUnits.map((u) => names.label(u.id)).join('、'),
            }));
          }
        };
        const rows = await writePages(new LedgerSheetWriter(out, locale, title, filler), pages(), (sheet, line) => sheet.addLine(line));
        await withTx(ctx.db, (tx) =>
          audit(tx, auditActor(actor), { action: 'task.export', entity: 'task', after: { filters: { ...asked }, rows } }, ctx.clock.now()),
        );
        return rows;
      },
    };
  },
};
