import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Organization, OrganizationKind } from '../../../types/api';

export const adminOrganizationsKey = ['admin', 'organizations'] as const;

export const getOrganizations = () => api.get<Organization[]>('/api/admin/organizations');

export const organizationsQueryOptions = () =>
  queryOptions({ queryKey: adminOrganizationsKey, queryFn: getOrganizations });

export const useOrganizations = () => useQuery(organizationsQueryOptions());

export type NewOrganization = { name: string; kind: OrganizationKind; address?: string | null; phone?: string | null; website?: string | null };

export const createOrganization = (organization: NewOrganization) =>
  api.post<Organization>('/api/admin/organizations', organization);

export type OrganizationUpdate = Required<NewOrganization> & { active: boolean };

export const updateOrganization = ({ id, version, ...update }: OrganizationUpdate & { id: string; version: number }) =>
  api.put<Organization>(`/api/admin/organizations/${encodeURIComponent(id)}`, update, { version });

function useOrganizationMutation<V>(mutationFn: (variables: V) => Promise<Organization>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: adminOrganizationsKey }) });
}

export const useCreateOrganization = () => useOrganizationMutation(createOrganization);

export const useUpdateOrganization = () => useOrganizationMutation(updateOrganization);
