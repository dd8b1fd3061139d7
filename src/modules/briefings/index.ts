import type { LuoshiModule } from '../../platform/module.ts';
import './tables.ts';
import * as briefingsMigration from './migrations/20261125-0400-briefings.ts';
import { briefingMessages } from './messages.ts';
import { briefingRoutes } from './routes.ts';
import { briefingCli } from './cli.ts';

/** 通报: periodic briefings on the ledger, drafted from the dashboard's figures, edited, issued, rendered as Word. */
export const briefingsModule: LuoshiModule = {
  name: 'briefings',
  migrations: { '20261125-0400-briefings': briefingsMigration },
  permissions: [{ code: 'briefing.manage', roles: ['supervisor'] }],
  menu: [{ key: 'briefings.list', permission: 'briefing.manage', order: 30 }],
  messages: briefingMessages,
  routes: briefingRoutes,
  cli: briefingCli,
};

export { briefingService, generateBriefing } from './service/briefings.ts';
