import type { LuoshiModule } from '../../platform/module.ts';
import './tables.ts';
import * as problemsMigration from './migrations/20261125-0300-problems.ts';
import { problemMessages } from './messages.ts';
import { problemRoutes } from './routes/problems.ts';
import { settingsRoutes } from './routes/settings.ts';
import { excelRoutes } from './routes/excel.ts';
import { evidenceVisible } from './repo/problems.ts';
import { seedProblems } from './demo.ts';

/**
 * 问题清单、整改台账: problems found by inspections, special checks and look-backs, each closed by
 * measures that are ledger tasks (the same loop: dispatch, report, review, sign-off) and an acceptance.
 */
export const problemsModule: LuoshiModule = {
  name: 'problems',
  migrations: { '20261125-0300-problems': problemsMigration },
  permissions: [{ code: 'problems.manage', roles: ['supervisor'] }],
  menu: [{ key: 'problems.list', permission: 'ledger.read', order: 115 }],
  messages: problemMessages,
  seedDemo: seedProblems,
  // Acceptance evidence is readable by whoever may see the problem.
  canReadFile: (ctx, actor, file) => evidenceVisible(ctx.db, actor, file.id),
  routes(app, ctx) {
    excelRoutes(app, ctx);
    problemRoutes(app, ctx);
    settingsRoutes(app, ctx);
  },
};

export { problemService } from './service/problems.ts';
export { acceptanceService } from './service/acceptance.ts';
export { measureService } from './service/measures.ts';
export { problemSettings } from './service/settings.ts';
