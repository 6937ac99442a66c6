import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Specialty } from '../../../types/api';

/** The active specialties a provider may choose from. */
export const getSpecialties = () => api.get<Specialty[]>('/api/specialties');

export const specialtiesQueryOptions = () =>
  queryOptions({ queryKey: ['specialties'], queryFn: getSpecialties, staleTime: 5 * 60_000 });

export const useSpecialties = (enabled = true) => useQuery({ ...specialtiesQueryOptions(), enabled });
