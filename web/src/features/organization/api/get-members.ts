import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { AccountSummary } from '../../../types/api';

export const membersKey = ['organization', 'members'] as const;

export const getMembers = () => api.get<AccountSummary[]>('/api/organization/members');

export const membersQueryOptions = () => queryOptions({ queryKey: membersKey, queryFn: getMembers });

export const useMembers = () => useQuery(membersQueryOptions());
