import { api, type Page } from '../../api/client';
import type { JsonResponse } from '../../api/types';

/** The one web type of a notification: the bell and My work's card both use it (GET /api/notifications). */
export type Notification = JsonResponse<'/api/notifications'>['items'][number];

export const notificationsApi = {
  unreadCount: (signal?: AbortSignal) => api.get<Page<Notification>>('/api/notifications', { unread: true, pageSize: 1 }, signal).then((r) => r.total),
  latest: (pageSize = 10, signal?: AbortSignal) => api.get<Page<Notification>>('/api/notifications', { pageSize }, signal),
  list: (unread: boolean, pageSize = 20, signal?: AbortSignal) =>
    api.get<Page<Notification>>('/api/notifications', { unread: unread || undefined, pageSize }, signal),
  markRead: (id: number) => api.post<void>(`/api/notifications/${id}/read`),
  markAllRead: () => api.post<void>('/api/notifications/read-all'),
};
