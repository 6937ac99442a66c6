// Deliverables of a case at the API. Everything here is plaintext metadata (type, title, due date,
// status, assignee); the work itself is in the attached documents, which stay sealed.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Person } from '../../../types/api';
import { activityKey } from '../../cases/api/activity';
import { caseKey, casePath } from '../../cases/api/cases';

export type DeliverableType = 'EXPERT_REPORT' | 'MEDICAL_RECORD_REVIEW' | 'DEPOSITION_PREPARATION' | 'OTHER';
export type DeliverableStatus = 'REQUESTED' | 'IN_PROGRESS' | 'DELIVERED' | 'ACCEPTED' | 'REVISION_REQUESTED';
export type DeliverableAction = 'START' | 'DELIVER' | 'ACCEPT' | 'REQUEST_REVISION';

export type Deliverable = {
  id: string;
  type: DeliverableType;
  title: string;
  /** A calendar day, "2026-12-24". */
  dueDate: string;
  status: DeliverableStatus;
  finalDeliverable: boolean;
  /** Due before today and not delivered yet, by the server's calendar. */
  overdue: boolean;
  assignee: Person | null;
  documentIds: string[];
  revisionReason: string | null;
  createdBy: Person;
  createdAt: string;
  updatedAt: string;
  version: number;
  /** Whether type, title, due date, assignee and attachments may still change. */
  editable: boolean;
  /** The status moves the viewer may make now. */
  actions: DeliverableAction[];
};

export type DeliverableDetails = {
  type: DeliverableType;
  title: string;
  dueDate: string;
  assigneeId: string | null;
  finalDeliverable: boolean;
  documentIds: string[];
};

export type OverdueDeliverables = {
  count: number;
  cases: { id: string; reference: string; name: string; overdue: number; earliestDue: string }[];
};

const deliverablesPath = (caseId: string) => `${casePath(caseId)}/deliverables`;
export const deliverablesKey = (caseId: string) => [...caseKey(caseId), 'deliverables'] as const;
const overdueKey = ['deliverables', 'overdue'] as const;

/**
 * The case's deliverables. The case's version is part of the key: when the case moves (delivering the final
 * deliverable makes it Done, from the other side too), the list is fetched again with it.
 */
export function useDeliverables(caseId: string, caseVersion: number) {
  return useQuery({
    queryKey: [...deliverablesKey(caseId), caseVersion],
    queryFn: () => api.get<Deliverable[]>(deliverablesPath(caseId)),
    refetchInterval: 15_000,
  });
}

/** After any change: the list, the case (delivering the final deliverable makes it Done), its activity, the dashboard. */
function useRefresh(caseId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [deliverablesKey(caseId), caseKey(caseId), activityKey(casePath(caseId)), overdueKey].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

/** Requests a new deliverable, or changes one (naming the version it was based on). */
export function useSaveDeliverable(caseId: string) {
  const refresh = useRefresh(caseId);
  return useMutation({
    mutationFn: ({ existing, details }: { existing: Deliverable | null; details: DeliverableDetails }) =>
      existing
        ? api.put<Deliverable>(`${deliverablesPath(caseId)}/${encodeURIComponent(existing.id)}`, details, {
            version: existing.version,
          })
        : api.post<Deliverable>(deliverablesPath(caseId), details),
    onSettled: refresh,
  });
}

export function useDeliverableTransition(caseId: string) {
  const refresh = useRefresh(caseId);
  return useMutation({
    mutationFn: ({ deliverable, action, reason }: { deliverable: Deliverable; action: DeliverableAction; reason?: string }) =>
      api.post<Deliverable>(
        `${deliverablesPath(caseId)}/${encodeURIComponent(deliverable.id)}/transitions`,
        { action, reason },
        { version: deliverable.version },
      ),
    onSettled: refresh,
  });
}

export function useOverdueDeliverables() {
  return useQuery({
    queryKey: overdueKey,
    queryFn: () => api.get<OverdueDeliverables>('/api/me/deliverables/overdue'),
    refetchInterval: 60_000,
  });
}
