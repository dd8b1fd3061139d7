import fs from 'node:fs';
import type { Command } from 'commander';
import type { AppContext } from '../../platform/context.ts';
import { systemActor } from '../../platform/access/index.ts';
import { formatSchedule } from '../../platform/calendar/index.ts';
import { action } from '../../platform/cli.ts';
import { calendarService } from './service.ts';

/** `luoshi calendar load <file>` and `luoshi calendar list [year]`: the holiday schedule, as the system. */
export function calendarCli(program: Command, open: () => Promise<AppContext>) {
  const cmd = program.command('calendar').description('the holiday schedule (节假日安排) that working days count with');
  cmd
    .command('load')
    .description('load a schedule file: one line per date or range, "2026-02-15..2026-02-23 holiday 春节"; replaces the years it names')
    .argument('<file>')
    .action(
      action(async (file: string) => {
        const text = fs.readFileSync(file, 'utf8');
        const ctx = await open();
        try {
          const { years } = await calendarService.loadText(ctx, systemActor('cli'), text);
          for (const y of years) console.log(`${y.year}: ${y.holidays} holidays, ${y.workdays} make-up working days`);
        } finally {
          await ctx.dbh.close();
        }
      }),
    );
  cmd
    .command('list')
    .description('print a year’s schedule in the file format (no year: the loaded years)')
    .argument('[year]')
    .action(
      action(async (year?: string) => {
        if (year !== undefined && !/^\d{4}$/.test(year)) throw new Error(`not a year: "${year}"`);
        const ctx = await open();
        try {
          const answer = await calendarService.year(ctx, Number(year ?? ctx.today().slice(0, 4)));
          if (year === undefined) for (const y of answer.years) console.log(`${y.year}: ${y.holidays} holidays, ${y.workdays} make-up working days`);
          else process.stdout.write(formatSchedule(answer.days));
        } finally {
          await ctx.dbh.close();
        }
      }),
    );
}
