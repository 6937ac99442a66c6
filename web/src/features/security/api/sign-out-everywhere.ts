import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { leaveToSignIn } from '../../session/api/end-session';

/** Ends every session of the person, this one included. */
export const signOutEverywhere = () => api.delete('/api/sessions');

export const useSignOutEverywhere = () => useMutation({ mutationFn: signOutEverywhere, onSuccess: leaveToSignIn });
