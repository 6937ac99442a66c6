import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { membersKey } from './get-members';

/** Removes the member from the organization and deactivates their account. */
export const removeMember = (id: string) => api.delete(`/api/organization/members/${encodeURIComponent(id)}`);

export function useRemoveMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeMember,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: membersKey }),
  });
}
