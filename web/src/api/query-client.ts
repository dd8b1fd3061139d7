import { QueryClient } from '@tanstack/react-query';

/**
 * The app's one query cache. A page mounting again re-reads in the background while showing the
 * cached answer (staleTime 0, as the pages always did); long-lived reads (the unit tree) set their own
 * staleTime and rely on invalidation. No automatic retry: a 403/404 shows at once, as before, and
 * no refetch on window focus: live events and mutations say when data changed.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 0 },
      mutations: { retry: false },
    },
  });
}
