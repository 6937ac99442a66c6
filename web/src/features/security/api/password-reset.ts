import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** Always 202: the answer never tells whether an account exists for the email. */
export const requestPasswordReset = (email: string) => api.post<void>('/api/password-resets', { email });

export const completePasswordReset = (request: { token: string; password: string }) =>
  api.post<void>('/api/password-resets/complete', request);

export const useRequestPasswordReset = () => useMutation({ mutationFn: requestPasswordReset });

export const useCompletePasswordReset = () => useMutation({ mutationFn: completePasswordReset });
