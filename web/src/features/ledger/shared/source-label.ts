import type { Lang } from '../../../i18n/lang';
import { dayIn } from '../../../lib/date-time';

interface Labelled {
  title: string;
  date: string | null;
  createdAt: string;
}

/**
 * A source as pickers and charts name it: its title and its date (the document's own, else the day it
 * was entered, in the server's zone), so two sources with one title — last year's and this year's
 * 工作要点 — are told apart.
 */
export function sourceLabel(s: Labelled, lang: Lang, timeZone: string): string {
  const day = s.date ?? dayIn(timeZone, new Date(s.createdAt));
  return lang === 'zh-CN' ? `${s.title}（${day}）` : `${s.title} (${day})`;
}
