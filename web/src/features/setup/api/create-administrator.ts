import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Me } from '../../../types/api';
import { sessionKey } from '../../session/api/get-session';
import { setupKey, type SetupStatus } from './get-setup';

export type SetupRequest = { token: string; email: string; fullName: string; password: string };

export const createAdministrator = (request: SetupRequest) => api.post<Me>('/api/setup', request);

export function useCreateAdministrator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAdministrator,
    onSuccess: (me) => {
      queryClient.setQueryData(sessionKey, me);
      queryClient.setQueryData<SetupStatus>(setupKey, { required: false });
    },
  });
}
