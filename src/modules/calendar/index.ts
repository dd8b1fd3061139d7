import type { LuoshiModule } from '../../platform/module.ts';
import { officialSchedules } from '../../platform/calendar/index.ts';
import { calendarStore } from '../../platform/calendar/repo.ts';
import { systemActor } from '../../platform/access/index.ts';
import { calendarMessages } from './messages.ts';
import { calendarRoutes } from './routes.ts';
import { calendarCli } from './cli.ts';
import { CALENDAR_MANAGE, calendarService } from './service.ts';

/**
 * 节假日安排: the secAdmin's loading of the State Council's holiday schedule. The schedule itself,
 * its table and the pure working-day arithmetic are the platform's (platform/calendar), so any
 * module counts working days through ctx.calendar() without importing this one.
 */
export const calendarModule: LuoshiModule = {
  name: 'calendar',
  permissions: [{ code: CALENDAR_MANAGE, roles: ['secAdmin'] }],
  // Everyone may read the schedule (GET /api/calendar); the page is the secAdmin's, who loads it.
  menu: [{ key: 'admin.calendar', permission: CALENDAR_MANAGE, order: 925 }],
  messages: calendarMessages,
  routes: calendarRoutes,
  cli: calendarCli,
  // The shipped official years, where none is loaded yet.
  async seedDemo(ctx) {
    const loaded = new Set((await calendarStore.years(ctx.db)).map((y) => y.year));
    const missing = Object.entries(officialSchedules).filter(([year]) => !loaded.has(Number(year)));
    for (const [, text] of missing) await calendarService.loadText(ctx, systemActor('demo'), text);
  },
};
