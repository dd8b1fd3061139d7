import fs from 'node:fs';
import type { Command } from 'commander';
import type { AppContext } from '../../platform/context.ts';
import { systemActor } from '../../platform/access/index.ts';
import { action } from '../../platform/cli.ts';
import { unitRepo } from '../units/index.ts';
import { generateBriefing } from './service/briefings.ts';
import { renderBriefingDocx } from './service/docx.ts';

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));

/** `luoshi briefing`: a briefing of a period written straight to a .docx (not stored; drafts live in the web app). */
export function briefingCli(program: Command, open: () => Promise<AppContext>) {
  program
    .command('briefing')
    .description('write a briefing (通报) on the ledger for a period, city-wide or for one unit and its subtree, as a .docx')
    .requiredOption('--from <date>', 'first day, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last day, YYYY-MM-DD')
    .option('--unit <name>', 'the unit whose subtree the briefing covers (default: the whole city)')
    .option('--title <title>', 'the title (default: 关于X月份重点任务推进情况的通报)')
    .requiredOption('--out <file>', 'the .docx file to write')
    .action(
      action(async (o: { from: string; to: string; unit?: string; title?: string; out: string }) => {
        if (!isDate(o.from) || !isDate(o.to)) throw new Error('--from and --to must be dates like 2026-06-01');
        if (o.from > o.to) throw new Error(`--from ${o.from} is after --to ${o.to}`);
        const ctx = await open();
        try {
          let unitId: number | undefined;
          if (o.unit) {
            const units = await unitRepo.findByName(ctx.db, o.unit);
            if (units.length !== 1)
              throw new Error(units.length ? `unit "${o.unit}" is ambiguous (${units.length} units have that name)` : `no unit named "${o.unit}"`);
            unitId = units[0].id;
          }
          const { content } = await generateBriefing(ctx, systemActor('cli'), { from: o.from, to: o.to, unitId, title: o.title });
          fs.writeFileSync(o.out, await renderBriefingDocx(content, null));
          console.log(`wrote ${content.title} to ${o.out}`);
        } finally {
          await ctx.dbh.close();
        }
      }),
    );
}
