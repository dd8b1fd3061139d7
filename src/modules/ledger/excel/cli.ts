import fs from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import type { AppContext } from '../../../platform/context.ts';
import { systemActor } from '../../../platform/access/index.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { action } from '../../../platform/cli.ts';
import { TASK_STATUSES } from '../domain/index.ts';
import { excelRepo } from './repo.ts';
import { exportService } from './export.ts';
import { presentRowErrors } from '../../../platform/excel/import-kit/index.ts';
import { importService, ledgerImport } from './import.ts';
import { UnitNames } from '../../units/index.ts';

const cliLocale = (): Locale => (process.env.LANG?.startsWith('en') ? 'en-US' : 'zh-CN');

async function unitIdOf(ctx: AppContext, name: string): Promise<number> {
  const found = new UnitNames(await excelRepo.allUnits(ctx.db)).resolve(name);
  if ('id' in found) return found.id;
  throw new Error(
    found.error === 'unit_ambiguous'
      ? `unit "${name}" is ambiguous (${found.count} units have that name; write a path such as "${found.example}")`
      : `no unit named "${name}"`,
  );
}

/** `luoshi export-ledger` and `luoshi import-ledger`: the ledger's Excel files from the command line, as the system. */
export function ledgerExcelCli(program: Command, open: () => Promise<AppContext>) {
  program
    .command('export-ledger')
    .description('write the ledger (or one unit and its subtree, some statuses) to an Excel file')
    .requiredOption('--out <file>', 'the .xlsx file to write')
    .option('--unit <name>', 'only tasks led by this unit or below it (a name or a path like 东城区/东华街道)')
    .option('--status <status...>', `only these statuses (${TASK_STATUSES.join(', ')})`)
    .option('--drafts', 'include draft tasks (left out of a ledger otherwise)')
    .action(
      action(async (o: { out: string; unit?: string; status?: string[]; drafts?: boolean }) => {
        const bad = (o.status ?? []).filter((x) => !(TASK_STATUSES as readonly string[]).includes(x));
        if (bad.length) throw new Error(`unknown status "${bad[0]}" (one of ${TASK_STATUSES.join(', ')})`);
        const ctx = await open();
        try {
          const unitId = o.unit ? await unitIdOf(ctx, o.unit) : undefined;
          const prepared = await exportService.prepare(
            ctx,
            systemActor('cli', cliLocale()),
            { unitId, status: o.status, includeDrafts: o.drafts === true },
            cliLocale(),
          );
          const file = fs.createWriteStream(o.out);
          const rows = await prepared.write(file);
          await finished(file);
          console.log(`exported ${rows} tasks to ${o.out}`);
        } finally {
          await ctx.dbh.close();
        }
      }),
    );

  program
    .command('import-ledger')
    .description('import a decomposition table (任务分解表, .xlsx) as draft tasks')
    .argument('<file>')
    .option('--source <title>', 'create a source (document) of this title for the tasks')
    .option('--skip-bad-rows', 'import the good rows even when some are wrong')
    .action(
      action(async (file: string, o: { source?: string; skipBadRows?: boolean }) => {
        const data = fs.readFileSync(file);
        const ctx = await open();
        let imported = 0;
        try {
          const r = await importService.importTable(ctx, systemActor('cli', cliLocale()), data, {
            fileName: file.split(/[\\/]/).pop() ?? file,
            skipBadRows: o.skipBadRows,
            extra: { sourceTitle: o.source },
          });
          for (const e of presentRowErrors(ledgerImport, cliLocale(), r)) console.error(`row ${e.row}, ${e.field}: ${e.message}`);
          imported = r.imported;
          if (imported) console.log(`imported ${r.imported} tasks (batch ${r.batchId})${r.skipped ? `, skipped ${r.skipped} rows` : ''}`);
          else console.error(`luoshi: nothing imported: ${r.skipped} rows are wrong`);
        } finally {
          await ctx.dbh.close();
        }
        if (!imported) process.exit(1);
      }),
    );
}
