import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export type SetupStatus = { required: boolean };

export const setupKey = ['setup'] as const;

export const getSetup = () => api.get<SetupStatus>('/api/setup');

export const setupQueryOptions = () => queryOptions({ queryKey: setupKey, queryFn: getSetup, staleTime: Infinity });

export const useSetup = () => useQuery(setupQueryOptions());
