import { api, type Page } from '../../api/client';

// TODO(contract): server response schema missing (GET /api/notifications): derive from schema.gen.ts when it lands.
/** The one web type of a notification: the bell and My work's card both use it. */
export interface Notification {
  id: number;
  /** What happened: an event such as task.dispatched, supervision.reminder.red, report.returned. */
  kind: string;
  /** What it opens (task, source, problem, partyOrg, member, material…); taskId repeats a task link for the bell. */
  link: { type: string; id: number } | null;
  taskId: number | null;
  title: string;
  body: string;
  createdAt: string;
  readAt: string | null;
}

export const notificationsApi = {
  unreadCount: (signal?: AbortSignal) => api.get<Page<Notification>>('/api/notifications', { unread: true, pageSize: 1 }, signal).then((r) => r.total),
  latest: (pageSize = 10, signal?: AbortSignal) => api.get<Page<Notification>>('/api/notifications', { pageSize }, signal),
  list: (unread: boolean, pageSize = 20, signal?: AbortSignal) =>
    api.get<Page<Notification>>('/api/notifications', { unread: unread || undefined, pageSize }, signal),
  markRead: (id: number) => api.post<void>(`/api/notifications/${id}/read`),
  markAllRead: () => api.post<void>('/api/notifications/read-all'),
};
