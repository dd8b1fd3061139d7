import fs from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import type { AppContext } from '../../../platform/context.ts';
import { systemActor } from '../../../platform/access/index.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { action } from '../../../platform/cli.ts';
import { presentRowErrors, runImport } from '../../../platform/excel/import-kit/index.ts';
import { partyOrgImport } from './import.ts';
import { orgExportService } from './export.ts';

const cliLocale = (): Locale => (process.env.LANG?.startsWith('en') ? 'en-US' : 'zh-CN');

/** `luoshi import-party-orgs` and `luoshi export-party-orgs`: the organization list from the command line, as the system. */
export function partyOrgExcelCli(program: Command, open: () => Promise<AppContext>) {
  program
    .command('import-party-orgs')
    .description('import an organization list (.xlsx, the national party-member information system layout) into the registry')
    .argument('<file>')
    .option('--skip-bad-rows', 'import the good rows even when some are wrong')
    .action(
      action(async (file: string, o: { skipBadRows?: boolean }) => {
        const data = fs.readFileSync(file);
        const ctx = await open();
        let imported = 0;
        try {
          const r = await runImport(ctx, systemActor('cli', cliLocale()), partyOrgImport, data, {
            fileName: file.split(/[\\/]/).pop() ?? file,
            skipBadRows: o.skipBadRows,
          });
          for (const e of presentRowErrors(partyOrgImport, cliLocale(), r)) console.error(`row ${e.row}, ${e.field}: ${e.message}`);
          imported = r.imported;
          if (imported) console.log(`imported ${r.imported} organizations (batch ${r.batchId})${r.skipped ? `, skipped ${r.skipped} rows` : ''}`);
          else console.error(`luoshi: nothing imported: ${r.skipped} rows are wrong`);
        } finally {
          await ctx.dbh.close();
        }
        if (!imported) process.exit(1);
      }),
    );

  program
    .command('export-party-orgs')
    .description('write the party organization registry to an Excel file in the layout it is imported in')
    .requiredOption('--out <file>', 'the .xlsx file to write')
    .action(
      action(async (o: { out: string }) => {
        const ctx = await open();
        try {
          const prepared = await orgExportService.prepare(ctx, systemActor('cli', cliLocale()), {}, cliLocale());
          const file = fs.createWriteStream(o.out);
          const rows = await prepared.write(file);
          await finished(file);
          console.log(`exported ${rows} organizations to ${o.out}`);
        } finally {
          await ctx.dbh.close();
        }
      }),
    );
}
