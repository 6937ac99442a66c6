import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ActivityEntry, Page } from '../../../types/api';

const PAGE_SIZE = 25;

/** `casePath` is the case resource (member's or admin's); its activity sits below it. */
export const activityKey = (casePath: string) => ['activity', casePath] as const;

/**
 * A case's audit trail, newest first, page by page ("Load more" passes the previous page's `next`
 * as `before`).
 */
export const activityQuery = (casePath: string) =>
  infiniteQueryOptions({
    queryKey: activityKey(casePath),
    queryFn: ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (pageParam) params.set('before', pageParam);
      return api.get<Page<ActivityEntry>>(`${casePath}/activity?${params}`, { signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next,
    staleTime: 0,
  });

export const useActivity = (casePath: string) => useInfiniteQuery(activityQuery(casePath));
