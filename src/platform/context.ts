import type { Config } from './config.ts';
import type { DbHandle, Db } from './db/index.ts';
import type { Clock } from './clock.ts';
import { calendarDate } from './clock.ts';
import type { EventBus } from './events/index.ts';
import type { LuoshiModule } from './module.ts';
import type { Calendar } from './calendar/index.ts';
import { loadCalendar } from './calendar/repo.ts';

export interface Logger {
  info(obj: unknown, msg?: string): void;
  warn(obj: unknown, msg?: string): void;
  error(obj: unknown, msg?: string): void;
}

/** Everything a module needs from the platform, built once per process (or per test). */
export interface AppContext {
  config: Config;
  dbh: DbHandle;
  db: Db;
  clock: Clock;
  events: EventBus;
  log: Logger;
  modules: LuoshiModule[];
  /** Today's date (YYYY-MM-DD) in the server's calendar zone. */
  today(): string;
  /**
   * The working-day calendar (holidays and 调休 make-up days as loaded by the secAdmin) for the
   * years from `from` to `to`: one read, then pure counting (platform/calendar).
   */
  calendar(from: string, to: string): Promise<Calendar>;
}

export function makeContext(parts: Omit<AppContext, 'db' | 'today' | 'calendar'>): AppContext {
  return {
    ...parts,
    db: parts.dbh.db,
    today: () => calendarDate(parts.clock.now(), parts.config.timeZone),
    calendar: (from, to) => loadCalendar(parts.dbh.db, from, to),
  };
}
