import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { setFlash } from '../../../lib/flash';
import type { Me } from '../../../types/api';
import { sessionKey } from './get-session';

export type Credentials = { email: string; password: string; code?: string };

export const signIn = (credentials: Credentials) => api.post<Me>('/api/session', credentials);

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (me) => {
      setFlash(null);
      queryClient.setQueryData(sessionKey, me);
    },
  });
}
