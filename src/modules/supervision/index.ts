import type { LuoshiModule } from '../../platform/module.ts';
import { jobIntervalMs } from '../../platform/jobs/index.ts';
import { action } from '../../platform/cli.ts';
import './tables.ts';
import * as supervisionMigration from './migrations/20261125-0200-supervision.ts';
import * as noticeNumberMigration from './migrations/20261203-0200-notice-number.ts';
import * as lookBackDatesMigration from './migrations/20261205-0300-look-back-dates.ts';
import { supervisionMessages } from './messages.ts';
import { reminderRoutes } from './routes/reminders.ts';
import { noticeRoutes } from './routes/notices.ts';
import { lookBackRoutes } from './routes/look-backs.ts';
import { registerScanJob, runScan } from './service/scan.ts';
import { supervisionToDo } from './service/todo.ts';

/** 督办: reminders before and after deadlines, supervision notices, and look-backs of signed-off tasks. */
export const supervisionModule: LuoshiModule = {
  name: 'supervision',
  migrations: {
    '20261125-0200-supervision': supervisionMigration,
    '20261203-0200-notice-number': noticeNumberMigration,
    '20261205-0300-look-back-dates': lookBackDatesMigration,
  },
  permissions: [{ code: 'supervision.manage', roles: ['supervisor'] }],
  menu: [{ key: 'supervision.lookBacks', permission: 'supervision.manage', order: 130 }],
  messages: supervisionMessages,
  toDo: supervisionToDo,
  routes(app, ctx) {
    reminderRoutes(app, ctx);
    noticeRoutes(app, ctx);
    lookBackRoutes(app, ctx);
  },
  cli(program, open) {
    program
      .command('remind-scan')
      .description('send the automatic reminders due today (临近提醒, 到期催办) now; safe to repeat')
      .action(
        action(async () => {
          const ctx = await open();
          try {
            const r = await runScan(ctx);
            console.log(`reminders due ${r.due}, sent ${r.sent}, notifications ${r.notified}`);
          } finally {
            await ctx.dbh.close();
          }
        }),
      );
  },
  /** The daily reminder scan on a job runner: LUOSHI_JOB_INTERVAL_MS between ticks (default 1 minute). */
  start(ctx) {
    return registerScanJob(ctx).start(jobIntervalMs());
  },
};

export { registerScanJob, runScan, SCAN_JOB } from './service/scan.ts';
export { reminderService } from './service/reminders.ts';
export { noticeService } from './service/notices.ts';
export { lookBackService } from './service/look-backs.ts';
