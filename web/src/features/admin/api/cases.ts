import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { CaseMember, CaseSummary } from '../../../types/api';
import type { CaseKeysView } from '../../case-keys/api/case-keys';

/** A case as admins see it: metadata and members, never content. */
export type AdminCaseView = { summary: CaseSummary; members: CaseMember[] };

export type MemberKeyStatus = {
  accountId: string;
  fingerprint: string | null;
  pending: CaseKeysView['pending'];
};

export type KeyStatus = { caseId: string; generations: CaseKeysView['generations']; members: MemberKeyStatus[] };

const path = (id: string) => `/api/admin/cases/${encodeURIComponent(id)}`;

export const useAdminCases = () =>
  useQuery({ queryKey: ['admin', 'cases'], queryFn: () => api.get<CaseSummary[]>('/api/admin/cases'), staleTime: 0 });

export const useAdminCase = (id: string) =>
  useQuery({ queryKey: ['admin', 'cases', id], queryFn: () => api.get<AdminCaseView>(path(id)) });

export const useKeyStatus = (id: string) =>
  useQuery({ queryKey: ['admin', 'cases', id, 'key-status'], queryFn: () => api.get<KeyStatus>(`${path(id)}/key-status`) });
