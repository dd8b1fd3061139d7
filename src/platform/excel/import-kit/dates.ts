const DAY = 86_400_000;
/** Day 0 of Excel's serial numbers: 1899-12-30 folds in its 1900 leap-year bug, right for every date since March 1900. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * The calendar date (YYYY-MM-DD) of a date cell or an Excel date serial number; null when it is no
 * plausible date (outside 1990–2100, or beyond what a Date holds). A date with a time counts as its
 * day; the second of slack takes a time read back a hair before midnight as that midnight.
 */
export function excelDate(cell: Date | number): string | null {
  const ms = cell instanceof Date ? cell.getTime() : EXCEL_EPOCH + cell * DAY;
  const day = new Date(Math.floor((ms + 1000) / DAY) * DAY);
  if (Number.isNaN(day.getTime())) return null;
  const iso = day.toISOString().slice(0, 10);
  return iso >= '1990-01-01' && iso <= '2100-12-31' ? iso : null;
}
