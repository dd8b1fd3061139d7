import { audit } from '../../../platform/audit/index.ts';
import { auditActor } from '../../../platform/access/index.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { type ImportDefinition } from '../../../platform/excel/import-kit/index.ts';
import { UnitNames, unitRepo } from '../../units/index.ts';
import { removeImportedDrafts } from '../../ledger/index.ts';
import { problemRepo } from '../repo/problems.ts';
import { insertProblem, type ProblemInput } from '../service/problems.ts';
import { problemSettings, type ProblemSettings } from '../service/settings.ts';
import { publishProblem } from '../service/shared.ts';
import { columnOfHeader, headers, type ImportKey } from './layout.ts';
import { MAX_IMPORT_ROWS } from './read.ts';
import { rowProblem } from './rows.ts';

export const PROBLEM_IMPORT_KIND = 'problems';

/**
 * A problem list (问题清单) to problems with draft measures: every row checked first; nothing
 * imported while any row is bad unless skipBadRows; all good rows in one transaction, the
 * measures tagged with the batch so the import can be undone while they are all drafts.
 */
export const problemImport: ImportDefinition<
  ImportKey,
  { units: UnitNames; settings: ProblemSettings; today: string },
  ProblemInput,
  { problemIds: number[] }
> = {
  kind: PROBLEM_IMPORT_KIND,
  prefix: 'problems',
  permissions: ['problems.manage', 'ledger.manage'],
  columns: { columnOf: columnOfHeader, required: 'finding', maxRows: MAX_IMPORT_ROWS, headers },
  prepare: async (ctx, actor) => ({ settings: await problemSettings(ctx.db), units: new UnitNames(await unitRepo.tree(ctx.db, actor)), today: ctx.today() }),
  parse: (row, env) => {
    const checked = rowProblem(row, env.units, env.settings.categories, env.today);
    return { value: checked.input, errors: checked.errors };
  },
  async apply(ctx, tx, actor, rows, batch) {
    const settings = await problemSettings(tx);
    const ids: number[] = [];
    for (const input of rows) ids.push(await insertProblem(ctx, tx, actor, input, settings, batch.id));
    return { result: { problemIds: ids }, afterCommit: () => ids.forEach((id, i) => publishProblem(ctx, 'problem.created', id, rows[i].unitId)) };
  },
  empty: { problemIds: [] },
  audit: { action: 'problem.import', undoAction: 'problem.import.undo' },
  async undo(ctx, tx, actor, batch) {
    const problems = await problemRepo.batchProblems(tx, batch.id);
    for (const p of problems) if (!(await problemRepo.get(tx, actor, p.id, 'problems.manage'))) throw notFound();
    const added = await problemRepo.foreignMeasures(
      tx,
      batch.id,
      problems.map((p) => p.id),
    );
    if (added.length) throw new AppError('problems.import_has_measures', 'conflict', { count: added.length, ids: added.map((m) => m.id) });
    // The measures go by the ledger's rules (drafts only, roll-ups, audit); their links cascade.
    const tasks = await removeImportedDrafts(ctx, tx, actor, batch);
    const now = ctx.clock.now();
    for (const p of problems) {
      await problemRepo.remove(tx, p.id);
      await audit(tx, auditActor(actor), { action: 'delete', entity: 'problem', entityId: p.id, before: { finding: p.finding } }, now);
    }
    return {
      removed: problems.length,
      afterCommit: () => {
        tasks.afterCommit();
        for (const p of problems) publishProblem(ctx, 'problem.deleted', p.id, p.unit_id);
      },
    };
  },
};
