import { queryOptions, useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { ConflictError, PreconditionFailedError } from '../../../lib/problem';
import type {
  AccountSummary,
  CaseAction,
  CaseView,
  EngagementType,
  ExpertService,
  MemberCaseView,
  ProviderSummary,
  Urgency,
} from '../../../types/api';
import { caseKeySync } from '../../case-keys/key-sharing';
import { activityKey } from './activity';

export const casesKey = ['cases'] as const;
export const caseListKey = [...casesKey, 'list'] as const;
export const caseKey = (id: string) => [...casesKey, 'detail', id] as const;

export const casePath = (id: string) => `/api/cases/${encodeURIComponent(id)}`;

/** One case with its members (refreshed while open: members come and go); 404 for anyone not on it. */
export const useCase = (id: string) =>
  useQuery(
    // Fresh whenever the case is opened: the other side may have moved it since (staleTime 0), and
    // refreshed while it stays open.
    queryOptions({
      queryKey: caseKey(id),
      queryFn: () => api.get<MemberCaseView>(casePath(id)),
      staleTime: 0,
      refetchInterval: 30_000,
    }),
  );

export const useProviders = (enabled = true) =>
  useQuery({ queryKey: ['providers'], queryFn: () => api.get<ProviderSummary[]>('/api/providers'), staleTime: 60_000, enabled });

export const useColleagues = (enabled: boolean) =>
  useQuery({
    queryKey: ['organization', 'colleagues'],
    queryFn: () => api.get<AccountSummary[]>('/api/organization/colleagues'),
    enabled,
  });

/** POST /api/cases: what a second opinion or an intake request names in plaintext (docs/api/cases.md). */
export type NewCase = {
  engagementType: EngagementType;
  name: string;
  description?: string;
  specialtyId?: string;
  urgency?: Urgency;
  dueDate?: string;
  patientId?: string;
  providerId?: string;
  expertService?: ExpertService;
  matterReference?: string;
};

/**
 * Opens a case, then creates its first key generations (case and chat) in the vault, granted to me
 * and to the provider if they have keys. Should that fail, the background sharing creates them later.
 */
export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: NewCase) => {
      const view = await api.post<MemberCaseView>('/api/cases', request);
      queryClient.setQueryData(caseKey(view.summary.id), view);
      await caseKeySync()
        .syncCase(view.summary.id, { members: view.members })
        .catch(() => undefined);
      return view;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseListKey }),
  });
}

export type TransitionRequest = { action: CaseAction; reason?: string; providerId?: string };

/**
 * A step of the lifecycle, based on the version shown (If-Match). When someone else changed the case
 * first (412, or 409 because the step is no longer allowed) the case is fetched again, so the page
 * shows what is true now next to the message.
 */
export function useCaseTransition(path: string, queryKey: QueryKey, related: readonly QueryKey[] = []) {
  const queryClient = useQueryClient();
  return useMutation({
    // No body (204) when the step took the person off the case: a provider who rejected it.
    mutationFn: ({ version, ...request }: TransitionRequest & { version: number }) =>
      api.post<CaseView | undefined>(`${path}/transitions`, request, { version }),
    onSuccess: (view) => {
      if (view) queryClient.setQueryData(queryKey, view);
      return Promise.all(
        [caseListKey, activityKey(path), ...related].map((key) => queryClient.invalidateQueries({ queryKey: key })),
      );
    },
    onError: (error) => {
      if (error instanceof PreconditionFailedError || error instanceof ConflictError) {
        return queryClient.invalidateQueries({ queryKey, exact: true });
      }
    },
  });
}

export const useTransition = (caseId: string) => useCaseTransition(casePath(caseId), caseKey(caseId));
