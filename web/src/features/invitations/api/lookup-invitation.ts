import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Role } from '../../../types/api';

export type InvitationPreview = { email: string; role: Role; organizationName: string | null };

/** What an invitation token stands for; 404 or 410 (problem details) when unknown, used or expired. */
export const lookupInvitation = (token: string) => api.post<InvitationPreview>('/api/invitations/lookup', { token });

export const invitationQueryOptions = (token: string | null) =>
  queryOptions({
    queryKey: ['invitation-lookup', token],
    queryFn: () => lookupInvitation(token!),
    enabled: token !== null,
    retry: false,
    staleTime: Infinity,
  });

export const useInvitationPreview = (token: string | null) => useQuery(invitationQueryOptions(token));
