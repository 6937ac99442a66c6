import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { UnauthorizedError } from '../../../lib/problem';
import { leaveToSignIn } from './end-session';

export const signOut = () => api.delete('/api/session');

export function useSignOut() {
  return useMutation({
    mutationFn: signOut,
    onSuccess: leaveToSignIn,
    onError: (error) => {
      // Already signed out on the server: the person's wish is fulfilled.
      if (error instanceof UnauthorizedError) void leaveToSignIn();
    },
  });
}
