import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Me } from '../../../types/api';
import { sessionKey } from '../../session/api/get-session';

export type OrganizationDetails = {
  name: string;
  address: string | null;
  phone: string | null;
  website: string | null;
};

/**
 * Saves the person's organization (for those who may edit it). A provider without one creates
 * their practice this way: no version then, so no If-Match.
 */
export const updateMyOrganization = ({ version, ...details }: OrganizationDetails & { version?: number }) =>
  api.put<Me>('/api/me/organization', details, { version });

export function useUpdateMyOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMyOrganization,
    onSuccess: (me) => queryClient.setQueryData(sessionKey, me),
  });
}
