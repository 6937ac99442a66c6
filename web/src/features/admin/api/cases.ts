import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Candidate, CaseView } from '../../../types/api';
import type { CaseKeysView } from '../../case-keys/api/case-keys';
import { useCaseTransition } from '../../cases/api/cases';

export type MemberKeyStatus = {
  accountId: string;
  fingerprint: string | null;
  pending: CaseKeysView['pending'];
};

export type KeyStatus = { caseId: string; generations: CaseKeysView['generations']; members: MemberKeyStatus[] };

export const adminCasePath = (id: string) => `/api/admin/cases/${encodeURIComponent(id)}`;
const adminCaseKey = (id: string) => ['admin', 'cases', id] as const;
const candidatesKey = (id: string) => [...adminCaseKey(id), 'candidates'] as const;

/** A case as admins see it: metadata, members and lifecycle, never content (`me` is null). */
export const useAdminCase = (id: string) =>
  useQuery({ queryKey: adminCaseKey(id), queryFn: () => api.get<CaseView>(adminCasePath(id)) });

export const useKeyStatus = (id: string) =>
  useQuery({ queryKey: [...adminCaseKey(id), 'key-status'], queryFn: () => api.get<KeyStatus>(`${adminCasePath(id)}/key-status`) });

/** Providers who could take the case, best first; fetched again after every assignment. */
export const useCandidates = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: candidatesKey(id),
    queryFn: () => api.get<Candidate[]>(`${adminCasePath(id)}/candidates`),
    enabled,
    staleTime: 0,
  });

/** ASSIGN, UNASSIGN, ARCHIVE, RESTORE; an assignment changes the candidates' open cases and the key status. */
export const useAdminTransition = (id: string) =>
  useCaseTransition(adminCasePath(id), adminCaseKey(id), [candidatesKey(id), [...adminCaseKey(id), 'key-status']]);
