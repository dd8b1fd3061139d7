/** 督办单 numbers: X组督〔2026〕1号 (the issuer's 机关代字 + 督, no 第), counted from 1 each calendar year. */
export function formatNoticeNumber(code: string, year: number, seq: number): string {
  return `${code}督〔${year}〕${seq}号`;
}

export { yearOf } from '../../../platform/calendar/index.ts';
