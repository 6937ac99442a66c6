import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { sessionKey } from '../../session/api/get-session';

export type SecondFactorEnrolment = { secret: string; otpauthUri: string };

/** Starts enrolment: a new TOTP secret, not in force until confirmed with a code. */
export const startSecondFactor = () => api.post<SecondFactorEnrolment>('/api/me/second-factor');

export const confirmSecondFactor = (code: string) =>
  api.post<{ recoveryCodes: string[] }>('/api/me/second-factor/confirm', { code });

export const disableSecondFactor = (password: string) => api.post<void>('/api/me/second-factor/disable', { password });

export const useStartSecondFactor = () => useMutation({ mutationFn: startSecondFactor });

/** Both change Me.secondFactorEnabled, so the session is fetched again afterwards. */
function useRefreshingMutation<T, V>(mutationFn: (variables: V) => Promise<T>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKey }) });
}

export const useConfirmSecondFactor = () => useRefreshingMutation(confirmSecondFactor);

export const useDisableSecondFactor = () => useRefreshingMutation(disableSecondFactor);
