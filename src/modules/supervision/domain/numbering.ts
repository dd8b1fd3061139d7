/** 督办单 numbers: 督办〔2026〕第7号, counted from 1 each calendar year. */
export function formatNoticeNumber(year: number, seq: number): string {
  return `督办〔${year}〕第${seq}号`;
}

export { yearOf } from '../../../platform/calendar/index.ts';
