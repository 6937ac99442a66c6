import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Specialty } from '../../../types/api';

export const adminSpecialtiesKey = ['admin', 'specialties'] as const;

/** All specialties, the deactivated ones too (GET /api/specialties lists only active ones). */
export const getAllSpecialties = () => api.get<Specialty[]>('/api/admin/specialties');

export const allSpecialtiesQueryOptions = () =>
  queryOptions({ queryKey: adminSpecialtiesKey, queryFn: getAllSpecialties });

export const useAllSpecialties = () => useQuery(allSpecialtiesQueryOptions());

export const createSpecialty = (name: string) => api.post<Specialty>('/api/admin/specialties', { name });

export const updateSpecialty = ({ id, version, ...update }: { id: string; version: number; name: string; active: boolean }) =>
  api.put<Specialty>(`/api/admin/specialties/${encodeURIComponent(id)}`, update, { version });

function useSpecialtyMutation<V>(mutationFn: (variables: V) => Promise<Specialty>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: adminSpecialtiesKey });
      queryClient.invalidateQueries({ queryKey: ['specialties'] });
    },
  });
}

export const useCreateSpecialty = () => useSpecialtyMutation(createSpecialty);

export const useUpdateSpecialty = () => useSpecialtyMutation(updateSpecialty);
