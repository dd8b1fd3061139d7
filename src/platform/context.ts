import type { Config } from './config.ts';
import type { DbHandle, Db } from './db/index.ts';
import type { Clock } from './clock.ts';
import { calendarDate } from './clock.ts';
import type { EventBus } from './events/index.ts';
import type { LuoshiModule } from './module.ts';

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
}

export function makeContext(parts: Omit<AppContext, 'db' | 'today'>): AppContext {
  return {
    ...parts,
    db: parts.dbh.db,
    today: () => calendarDate(parts.clock.now(), parts.config.timeZone),
  };
}
