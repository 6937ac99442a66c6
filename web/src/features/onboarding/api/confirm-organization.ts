import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Me } from '../../../types/api';
import { sessionKey } from '../../session/api/get-session';

/** Step 2 for those who may not edit their organization: they confirm its details as shown. */
export const confirmOrganization = () => api.post<Me>('/api/me/onboarding/organization');

export function useConfirmOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmOrganization,
    onSuccess: (me) => queryClient.setQueryData(sessionKey, me),
  });
}
