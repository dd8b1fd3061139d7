/**
 * The State Council's published schedules (国务院办公厅关于部分节假日安排的通知), shipped so a new
 * installation counts working days correctly from the start; the secAdmin loads later years.
 * Only years whose notice has been published are here: a schedule is never guessed.
 */
export const officialSchedules: Record<number, string> = {
  // 国务院办公厅, 2025-11-04 (元旦 3 days, 春节 9, 清明 3, 劳动节 5, 端午 3, 中秋 3, 国庆 7)
  2026: `# 2026 国务院办公厅 节假日安排
2026-01-01..2026-01-03 holiday 元旦
2026-01-04 workday 元旦
2026-02-15..2026-02-23 holiday 春节
2026-02-14 workday 春节
2026-02-28 workday 春节
2026-04-04..2026-04-06 holiday 清明节
2026-05-01..2026-05-05 holiday 劳动节
2026-05-09 workday 劳动节
2026-06-19..2026-06-21 holiday 端午节
2026-09-25..2026-09-27 holiday 中秋节
2026-10-01..2026-10-07 holiday 国庆节
2026-09-20 workday 国庆节
2026-10-10 workday 国庆节
`,
};
