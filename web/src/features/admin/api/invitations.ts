import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Invitation, Role, SentInvitation } from '../../../types/api';

export const adminInvitationsKey = ['admin', 'invitations'] as const;

export const getInvitations = () => api.get<Invitation[]>('/api/admin/invitations');

export const invitationsQueryOptions = () => queryOptions({ queryKey: adminInvitationsKey, queryFn: getInvitations });

export const useInvitations = () => useQuery(invitationsQueryOptions());

export type NewInvitation = { email: string; role: Role; organizationId: string | null; organizationOwner: boolean };

/** 201 with the invitation and, when no email server is configured, the link to pass on. */
export const createInvitation = (invitation: NewInvitation) => api.post<SentInvitation>('/api/admin/invitations', invitation);

export const revokeInvitation = (id: string) => api.delete(`/api/admin/invitations/${encodeURIComponent(id)}`);

function useInvitationMutation<T, V>(mutationFn: (variables: V) => Promise<T>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: adminInvitationsKey }) });
}

export const useCreateInvitation = () => useInvitationMutation(createInvitation);

export const useRevokeInvitation = () => useInvitationMutation(revokeInvitation);
