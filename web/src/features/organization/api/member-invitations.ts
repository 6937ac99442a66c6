import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Invitation, SentInvitation } from '../../../types/api';

export const memberInvitationsKey = ['organization', 'invitations'] as const;

export const getMemberInvitations = () => api.get<Invitation[]>('/api/organization/invitations');

export const memberInvitationsQueryOptions = () =>
  queryOptions({ queryKey: memberInvitationsKey, queryFn: getMemberInvitations });

export const useMemberInvitations = () => useQuery(memberInvitationsQueryOptions());

/** Invites a requester into the owner's own organization. */
export const inviteMember = (email: string) => api.post<SentInvitation>('/api/organization/invitations', { email });

export function useInviteMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviteMember,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberInvitationsKey }),
  });
}
