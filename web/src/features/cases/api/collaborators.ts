import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { CaseCollaborator, CaseView } from '../../../types/api';
import { caseKeySync } from '../../case-keys/key-sharing';
import { caseKeysQueryPrefix } from '../../case-keys/use-case-keys';
import { caseKey, casePath } from './cases';

const collaboratorsKey = (caseId: string) => [...caseKey(caseId), 'collaborators'] as const;

/** Everyone on the case with when they joined and how much they did. */
export const useCollaborators = (caseId: string) =>
  useQuery({
    queryKey: collaboratorsKey(caseId),
    queryFn: () => api.get<CaseCollaborator[]>(`${casePath(caseId)}/collaborators`),
    staleTime: 0,
  });

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
      await queryClient.invalidateQueries({ queryKey: collaboratorsKey(caseId) });
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
      await queryClient.invalidateQueries({ queryKey: collaboratorsKey(caseId) });
      await shareNow(queryClient, caseId);
    },
  });
}
