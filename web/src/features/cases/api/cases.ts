import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { AccountSummary, CaseSummary, CaseView, EngagementType, ProviderSummary } from '../../../types/api';
import { caseKeySync } from '../../case-keys/key-sharing';
import { caseKeysQueryPrefix } from '../../case-keys/use-case-keys';

export const casesKey = ['cases'] as const;
export const caseListKey = [...casesKey, 'list'] as const;
export const caseKey = (id: string) => [...casesKey, 'detail', id] as const;

const casePath = (id: string) => `/api/cases/${encodeURIComponent(id)}`;

/** The cases I am on, most recent activity first; fetched again on every visit (people join and leave cases). */
export const useCases = () =>
  useQuery(queryOptions({ queryKey: caseListKey, queryFn: () => api.get<CaseSummary[]>('/api/cases'), staleTime: 0 }));

/** One case with its members (refreshed while open: members come and go); 404 for anyone not on it. */
export const useCase = (id: string) =>
  useQuery(
    queryOptions({ queryKey: caseKey(id), queryFn: () => api.get<CaseView>(casePath(id)), refetchInterval: 30_000 }),
  );

export const useProviders = () =>
  useQuery({ queryKey: ['providers'], queryFn: () => api.get<ProviderSummary[]>('/api/providers'), staleTime: 60_000 });

export const useColleagues = (enabled: boolean) =>
  useQuery({
    queryKey: ['organization', 'colleagues'],
    queryFn: () => api.get<AccountSummary[]>('/api/organization/colleagues'),
    enabled,
  });

export type NewCase = { name: string; engagementType: EngagementType; providerId: string | null };

/**
 * Opens a case, then creates its first key generations (case and chat) in the vault, granted to me
 * and to the provider if they have keys. Should that fail, the background sharing creates them later.
 */
export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: NewCase) => {
      const view = await api.post<CaseView>('/api/cases', request);
      queryClient.setQueryData(caseKey(view.summary.id), view);
      await caseKeySync()
        .syncCase(view.summary.id, { members: view.members })
        .catch(() => undefined);
      return view;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseListKey }),
  });
}

/** After a change of members: share with the newcomer, or rotate away from who left, now. */
function shareNow(queryClient: ReturnType<typeof useQueryClient>, caseId: string) {
  return caseKeySync()
    .syncCase(caseId)
    .catch(() => undefined)
    .finally(() => queryClient.invalidateQueries({ queryKey: [...caseKeysQueryPrefix, caseId] }));
}

export function useAddCollaborator(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (accountId: string) => api.post<CaseView>(`${casePath(caseId)}/collaborators`, { accountId }),
    onSuccess: async (view) => {
      queryClient.setQueryData(caseKey(caseId), view);
      await shareNow(queryClient, caseId);
    },
  });
}

export function useRemoveCollaborator(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (accountId: string) => api.delete(`${casePath(caseId)}/collaborators/${encodeURIComponent(accountId)}`),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: caseKey(caseId), exact: true });
      await shareNow(queryClient, caseId);
    },
  });
}
