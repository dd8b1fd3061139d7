import type { AppContext } from '../../../platform/context.ts';
import { withTx } from '../../../platform/db/tx.ts';
import { audit } from '../../../platform/audit/index.ts';
import { auditActor, requirePermission, type Actor } from '../../../platform/access/index.ts';
import { t, type Locale } from '../../../platform/i18n/index.ts';
import { UnitNames, unitRepo } from '../../units/index.ts';
import { insertProblem, type ProblemInput } from '../service/problems.ts';
import { problemSettings } from '../service/settings.ts';
import { publishProblem } from '../service/shared.ts';
import { headers } from './layout.ts';
import { readProblemTable } from './read.ts';
import { rowProblem, type RowError } from './rows.ts';

export interface ImportResult {
  imported: number;
  skipped: number;
  problemIds: number[];
  errors: RowError[];
}

/** Row errors in the reader's language: `{ row: 7, field: '责任单位', message: '找不到单位“东城”' }`. */
export const presentRowErrors = (locale: Locale, errors: RowError[]) => errors.map((e) => ({ row: e.row, field: headers[locale][e.column], message: t(locale, e.code, e.params) }));

export const problemImportService = {
  /**
   * A problem list (问题清单) to problems with draft measures: every row checked first; nothing
   * imported while any row is bad unless skipBadRows; all good rows in one transaction.
   */
  async importTable(ctx: AppContext, actor: Actor, data: Buffer, opts: { fileName?: string | null; skipBadRows?: boolean } = {}): Promise<ImportResult> {
    requirePermission(actor, 'problems.manage');
    requirePermission(actor, 'ledger.manage');
    const rows = await readProblemTable(data);
    const settings = await problemSettings(ctx.db);
    const units = new UnitNames(await unitRepo.tree(ctx.db, actor));
    const good: ProblemInput[] = [];
    const errors: RowError[] = [];
    for (const r of rows) {
      const checked = rowProblem(r, units, settings.categories, ctx.today());
      if (checked.input) good.push(checked.input);
      errors.push(...checked.errors);
    }
    const skipped = new Set(errors.map((e) => e.row)).size;
    if (!good.length || (errors.length && !opts.skipBadRows)) return { imported: 0, skipped, problemIds: [], errors };

    const problemIds = await withTx(ctx.db, async (tx) => {
      const ids: number[] = [];
      for (const input of good) ids.push(await insertProblem(ctx, tx, actor, input, settings));
      await audit(tx, auditActor(actor), { action: 'problem.import', entity: 'problem', after: { file: opts.fileName ?? null, rows: good.length, skipped } }, ctx.clock.now());
      return ids;
    });
    problemIds.forEach((id, i) => publishProblem(ctx, 'problem.created', id, good[i].unitId));
    return { imported: problemIds.length, skipped, problemIds, errors };
  },
};
