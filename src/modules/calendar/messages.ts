import type { Messages } from '../../platform/i18n/index.ts';

const zh: Record<string, string> = {
  'calendar.bad_date': '日期“{value}”无效，应为 YYYY-MM-DD 或 YYYY-MM-DD..YYYY-MM-DD',
  'calendar.bad_range': '日期范围“{value}”无效（起日不晚于止日，最长 {max} 天）',
  'calendar.bad_kind': '类型“{value}”无效，应为 holiday（休）或 workday（班）',
  'calendar.wrong_year': '日期 {date} 不在 {year} 年',
  'calendar.duplicate_date': '日期 {date} 出现了两次',
  'calendar.name_too_long': '日期 {date} 的节日名称超过 {max} 个字',
  'calendar.workday_not_weekend': '{date} 不是周六或周日，不能作为调休上班日',
  'calendar.empty': '没有读到任何日期',
};
const en: Record<string, string> = {
  'calendar.bad_date': 'the date "{value}" is not valid: write YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD',
  'calendar.bad_range': 'the range "{value}" is not valid (from no later than to, at most {max} days)',
  'calendar.bad_kind': 'the kind "{value}" is not valid: holiday (休) or workday (班)',
  'calendar.wrong_year': 'the date {date} is not in {year}',
  'calendar.duplicate_date': 'the date {date} appears twice',
  'calendar.name_too_long': 'the festival name of {date} is longer than {max} characters',
  'calendar.workday_not_weekend': '{date} is not a Saturday or Sunday, so it cannot be a make-up working day',
  'calendar.empty': 'no dates were found',
};
// A problem of an uploaded text names its line; the same message otherwise.
const withLines = (base: Record<string, string>, prefix: string) =>
  Object.fromEntries(
    Object.entries(base).flatMap(([k, v]) => [
      [k, v],
      [`${k}.line`, `${prefix}${v}`],
    ]),
  );

export const calendarMessages: Messages = {
  'zh-CN': withLines(zh, '第 {line} 行：'),
  'en-US': withLines(en, 'line {line}: '),
};
