import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { CaseSummary, Page } from '../../../types/api';
import { apiParams, type CaseListState } from '../list-query';
import { caseListKey } from './cases';

/** My cases, or (admins) every case: the same parameters and pages. */
export type CaseListSource = '/api/cases' | '/api/admin/cases';

/** One list, page by page ("Load more" follows `next`); fetched again on every visit. */
export const caseListQuery = (source: CaseListSource, state: CaseListState) =>
  infiniteQueryOptions({
    queryKey: [...caseListKey, source, apiParams(state, null).toString()],
    queryFn: ({ pageParam, signal }) => api.get<Page<CaseSummary>>(`${source}?${apiParams(state, pageParam)}`, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next,
    staleTime: 0,
  });

export const useCaseList = (source: CaseListSource, state: CaseListState) =>
  useInfiniteQuery(caseListQuery(source, state));
