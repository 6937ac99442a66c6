import type {
  CaseRole,
  CaseSide,
  CaseStatus,
  EngagementType,
  ExpertService,
  InvitationStatus,
  OrganizationKind,
  Role,
  Urgency,
} from '../types/api';

export const roleLabels: Record<Role, string> = {
  REQUESTER: 'Requester',
  PROVIDER: 'Provider',
  ADMIN: 'Admin',
};

export const kindLabels: Record<OrganizationKind, string> = {
  LAW_FIRM: 'Law firm',
  HOSPITAL: 'Hospital',
  CLINIC: 'Clinic',
  INSURER: 'Insurer',
  PRACTICE: 'Practice',
  OTHER: 'Other',
  OPERATOR: 'Operator',
};

/** The kinds an admin may choose; the operator organization exists once, made by the server. */
export const selectableKinds: OrganizationKind[] = ['LAW_FIRM', 'HOSPITAL', 'CLINIC', 'INSURER', 'PRACTICE', 'OTHER'];

export const invitationStatusLabels: Record<InvitationStatus, string> = {
  PENDING: 'Pending',
  ACCEPTED: 'Accepted',
  EXPIRED: 'Expired',
  REVOKED: 'Revoked',
};

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A date in the person's own time zone; an unparseable value is shown as it came. */
export function formatDate(iso: string, withTime = false): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (withTime ? dateTimeFormat : dateFormat).format(date);
}

export const caseStatusLabels: Record<CaseStatus, string> = {
  NEW: 'New',
  ASSIGNED: 'Assigned',
  ACCEPTED: 'Accepted',
  REJECTED: 'Rejected',
  IN_PROGRESS: 'In progress',
  RETURNED: 'Returned',
  DONE: 'Done',
  ARCHIVED: 'Archived',
};

export const engagementTypeLabels: Record<EngagementType, string> = {
  SECOND_OPINION: 'Medical second opinion',
  EXPERT_ENGAGEMENT: 'Expert engagement',
};

export const caseSideLabels: Record<CaseSide, string> = { REQUESTER: 'Requester', PROVIDER: 'Provider' };

export const caseRoleLabels: Record<CaseRole, string> = {
  CREATOR: 'Creator',
  COLLABORATOR: 'Collaborator',
  PROVIDER: 'Provider',
};

export const urgencyLabels: Record<Urgency, string> = { ROUTINE: 'Routine', URGENT: 'Urgent', EMERGENT: 'Emergent' };

export const expertServiceLabels: Record<ExpertService, string> = {
  EXPERT_WITNESS: 'Expert witness',
  RECORD_REVIEW: 'Record review',
  INDEPENDENT_MEDICAL_EXAMINATION: 'Independent medical examination',
  CONSULTATION: 'Consultation',
  OTHER: 'Other',
};

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/**
 * A calendar day such as a due date ("2026-12-24"): it names a day, not an instant, so it is shown
 * as that day whatever the person's time zone.
 */
export function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : dayFormat.format(date);
}
