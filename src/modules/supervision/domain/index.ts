/** Supervision's pure rules: which reminders are due, notice numbers, look-back samples. No I/O, no clock. */
export { chineseDate } from '../../../platform/calendar/index.ts';
export { colourOf, dueReminders, reminderKey, type ColouredTask, type DueReminder, type ReminderLight } from './reminders.ts';
export { formatNoticeNumber, yearOf } from './numbering.ts';
export { fnv1a, sampleIds, sampleSize } from './sampling.ts';
