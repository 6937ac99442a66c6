import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Me } from '../../../types/api';
import { sessionKey } from '../../session/api/get-session';

export type Acceptance = { token: string; fullName: string; password: string };

/** Creates the account and signs it in (201 Me). */
export const acceptInvitation = (acceptance: Acceptance) => api.post<Me>('/api/invitations/accept', acceptance);

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptInvitation,
    onSuccess: (me) => queryClient.setQueryData(sessionKey, me),
  });
}
