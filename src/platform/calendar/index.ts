/**
 * The pure calendar: date-only arithmetic and working days over a holiday schedule. No clock and
 * no I/O, so any module's domain may import it (test/architecture.test.ts allows exactly this
 * folder's pure files). The stored schedule and `loadCalendar` live in ./repo.ts, for services.
 */
export * from './dates.ts';
export * from './working-days.ts';
export * from './schedule.ts';
export { officialSchedules } from './official.ts';
