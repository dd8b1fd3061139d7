import type { LuoshiModule } from '../../platform/module.ts';
import type { DashboardContributor } from '../dashboard/index.ts';
import { weakLaxContribution } from './service/weak-lax-dashboard.ts';
import './tables.ts';
import * as partyOrgsMigration from './migrations/20261205-0100-party-orgs.ts';
import * as weakLaxMigration from './migrations/20261205-0200-weak-lax.ts';
import './tables-weak-lax.ts';
import { weakLaxMessages } from './messages-weak.ts';
import { workFilesVisible } from './service/work-files.ts';
import { partyOrgMessages } from './messages.ts';
import { routes } from './routes/index.ts';
import { seedPartyOrgs } from './demo.ts';
import { seedOrgWork } from './demo-weak.ts';
import { jobIntervalMs } from '../../platform/jobs/index.ts';
import { action } from '../../platform/cli.ts';
import { registerRenewalScanJob, runRenewalScan } from './service/renewals.ts';
import { partyOrgExcelCli } from './excel/cli.ts';
import { partyOrgsDashboard, partyOrgsToDo } from './service/dashboard.ts';

/**
 * 党组织: the party organization system (its own tree, each organization hosted in a unit), term
 * renewals (换届), coverage, and (po-weak) weak-and-lax rectification, standardization, liaison
 * points and the village collective economy. Data scope follows the host unit.
 */
export const partyOrgsModule: LuoshiModule & DashboardContributor = {
  name: 'partyOrgs',
  migrations: { '20261205-0100-party-orgs': partyOrgsMigration, '20261205-0200-weak-lax': weakLaxMigration },
  permissions: [
    { code: 'partyOrgs.read', roles: ['supervisor', 'leader', 'liaison'] },
    { code: 'partyOrgs.manage', roles: ['supervisor'] },
  ],
  menu: [{ key: 'partyOrgs', permission: 'partyOrgs.read', order: 140 }],
  messages: {
    'zh-CN': { ...partyOrgMessages['zh-CN'], ...weakLaxMessages['zh-CN'] },
    'en-US': { ...partyOrgMessages['en-US'], ...weakLaxMessages['en-US'] },
  },
  // Acceptance and standardization evidence is readable by whoever may see the organization.
  canReadFile: (ctx, actor, file) => workFilesVisible(ctx.db, actor, file.id),
  // The registry first, then the weak-and-lax cases, checklist, liaison points and incomes over it.
  async seedDemo(ctx) {
    await seedPartyOrgs(ctx);
    await seedOrgWork(ctx);
  },
  // 换届 on the dashboard (overdue, due within 6 months), and weak-and-lax in rectification / accepted / watched, each opening its list;
  // overdue renewals on the managers' to-do page.
  dashboard: {
    key: partyOrgsDashboard.key,
    async figures(ctx, actor, q) {
      const renewals = await partyOrgsDashboard.figures(ctx, actor, q);
      return { ...renewals, figures: { ...renewals.figures, ...(await weakLaxContribution(ctx, actor, q)) } };
    },
  },
  toDo: partyOrgsToDo,
  routes,
  cli(program, open) {
    partyOrgExcelCli(program, open);
    program
      .command('renewal-scan')
      .description('send the term renewal reminders (换届提醒) due today now; safe to repeat')
      .action(
        action(async () => {
          const ctx = await open();
          try {
            const r = await runRenewalScan(ctx);
            console.log(`renewal reminders due ${r.due}, sent ${r.sent}, notifications ${r.notified}`);
          } finally {
            await ctx.dbh.close();
          }
        }),
      );
  },
  /** The daily renewal reminder scan, on a job runner like supervision's (LUOSHI_JOB_INTERVAL_MS between ticks). */
  start(ctx) {
    return registerRenewalScanJob(ctx).start(jobIntervalMs());
  },
};

// For other modules (members, cadres): an organization in the actor's scope, else 404.
export { loadOrg } from './service/shared.ts';
export { partyOrgService } from './service/party-orgs.ts';
export { runRenewalScan, registerRenewalScanJob, RENEWAL_SCAN_JOB } from './service/renewals.ts';
