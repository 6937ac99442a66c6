import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { AccountSummary } from '../../../types/api';

export const accountsKey = ['admin', 'accounts'] as const;

export const getAccounts = () => api.get<AccountSummary[]>('/api/admin/accounts');

export const accountsQueryOptions = () => queryOptions({ queryKey: accountsKey, queryFn: getAccounts });

export const useAccounts = () => useQuery(accountsQueryOptions());

/** Deactivating also ends the account's sessions (server side); reactivating lets it sign in again. */
export const setAccountActive = ({ id, active }: { id: string; active: boolean }) =>
  api.post<AccountSummary>(`/api/admin/accounts/${encodeURIComponent(id)}/${active ? 'reactivate' : 'deactivate'}`);

export function useSetAccountActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setAccountActive,
    onSuccess: (updated) =>
      queryClient.setQueryData<AccountSummary[]>(accountsKey, (list) =>
        list?.map((account) => (account.id === updated.id ? updated : account)),
      ),
  });
}
