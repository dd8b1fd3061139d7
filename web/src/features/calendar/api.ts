import { api } from '../../api/client';
import type { JsonBody, JsonResponse } from '../../api/types';

/** A year's schedule as GET /api/calendar answers it: its days and every loaded year's counts. */
export type CalendarYear = JsonResponse<'/api/calendar'>;
export type CalendarDay = CalendarYear['days'][number];
export type LoadResult = JsonResponse<'/api/calendar/load', 'post'>;

export const calendarApi = {
  year: (year: number, signal?: AbortSignal) => api.get<CalendarYear>('/api/calendar', { year }, signal),
  /** The text format of docs/ARCHITECTURE.md "Calendar": every year it names is replaced, all or nothing. */
  load: (text: string) => api.post<LoadResult>('/api/calendar/load', { text } satisfies JsonBody<'/api/calendar/load'>),
};
