import type { LuoshiModule } from '../../platform/module.ts';
import { eventStreamRoutes } from '../../platform/events/sse.ts';
import { dashboardMessages } from './messages.ts';
import { dashboardRoutes } from './routes.ts';
import * as dashboardMigration from './migrations/20261125-0500-dashboard.ts';

/**
 * 驾驶舱 for leaders: where the ledger stands (from the roll-up counters), what happened in a
 * period, 挂图作战, and rankings of units. Also serves the live updates (GET /api/events) its
 * screens listen to. Liaisons read it too, limited by their data scope to their own unit's subtree.
 */
export const dashboardModule: LuoshiModule = {
  name: 'dashboard',
  migrations: { '20261125-0500-dashboard': dashboardMigration },
  permissions: [
    { code: 'dashboard.read', roles: ['supervisor', 'leader', 'liaison'] },
    { code: 'dashboard.manage', roles: ['supervisor'] },
  ],
  menu: [
    { key: 'dashboard.overview', permission: 'dashboard.read', order: 10 },
    { key: 'dashboard.battleMap', permission: 'dashboard.read', order: 20 },
  ],
  messages: dashboardMessages,
  routes(app, ctx) {
    dashboardRoutes(app, ctx);
    // Events are filtered by the ledger's data scope: a user receives what their ledger shows.
    eventStreamRoutes(app, ctx, { path: '/events', permission: 'ledger.read' });
  },
};

export { dashboardOverview, type DashboardOverview, type DashboardQuery } from './service/overview.ts';
export { rankingService, type Rankings } from './service/rankings.ts';
export { battleMap } from './service/battle-map.ts';
export { dashboardScope } from './service/scope.ts';
export { percent, rateOf, type Figure, type RateFigure } from './domain/figures.ts';
export type { DashboardContribution, DashboardContributor, ContributedFigures, ContributionQuery } from './contributions.ts';
