import { api } from '../../api/client';
import type { JsonResponse } from '../../api/types';

export type ToDo = JsonResponse<'/api/me/todo'>;
export type ToDoItem = ToDo['items'][number];

export const homeApi = {
  toDo: (signal?: AbortSignal) => api.get<ToDo>('/api/me/todo', undefined, signal),
};
