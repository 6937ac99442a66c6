// The records of the API contract, mirrored field for field. Dates are ISO-8601 strings.

export type Role = 'ADMIN' | 'REQUESTER' | 'PROVIDER';

export type OrganizationKind =
  | 'LAW_FIRM'
  | 'HOSPITAL'
  | 'CLINIC'
  | 'INSURER'
  | 'PRACTICE'
  | 'OPERATOR'
  | 'OTHER';

export type Organization = {
  id: string;
  name: string;
  kind: OrganizationKind;
  address: string | null;
  phone: string | null;
  website: string | null;
  active: boolean;
  version: number;
};

export type Specialty = { id: string; name: string; active: boolean; version: number };

export type Onboarding = {
  profile: boolean;
  organization: boolean;
  encryption: boolean;
  complete: boolean;
};

export type Me = {
  id: string;
  email: string;
  role: Role;
  fullName: string;
  title: string | null;
  phone: string | null;
  licenceNumber: string | null;
  bio: string | null;
  specialties: Specialty[];
  organization: Organization | null;
  organizationOwner: boolean;
  mayEditOrganization: boolean;
  onboarding: Onboarding;
  secondFactorEnabled: boolean;
  version: number;
};

export type OrganizationRef = { id: string; name: string };

export type AccountSummary = {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  organization: OrganizationRef | null;
  organizationOwner: boolean;
  status: 'ACTIVE' | 'DEACTIVATED';
  createdAt: string;
};

export type InvitationStatus = 'PENDING' | 'ACCEPTED' | 'EXPIRED' | 'REVOKED';

export type Invitation = {
  id: string;
  email: string;
  role: Role;
  organization: OrganizationRef | null;
  organizationOwner: boolean;
  status: InvitationStatus;
  createdAt: string;
  expiresAt: string;
};

export type SentInvitation = { invitation: Invitation; link: string | null };

export type EngagementType = 'SECOND_OPINION' | 'EXPERT_ENGAGEMENT';

export type CaseStatus = 'NEW' | 'ASSIGNED' | 'ACCEPTED' | 'REJECTED' | 'IN_PROGRESS' | 'RETURNED' | 'DONE' | 'ARCHIVED';

export type CaseSide = 'REQUESTER' | 'PROVIDER';

export type CaseRole = 'CREATOR' | 'COLLABORATOR' | 'PROVIDER';

export type Urgency = 'ROUTINE' | 'URGENT' | 'EMERGENT';

export type ExpertService = 'EXPERT_WITNESS' | 'RECORD_REVIEW' | 'INDEPENDENT_MEDICAL_EXAMINATION' | 'CONSULTATION' | 'OTHER';

export type Person = { id: string; fullName: string };

export type CaseSummary = {
  id: string;
  /** "C-000001": plaintext, unique, safe to show anywhere. */
  reference: string;
  name: string;
  engagementType: EngagementType;
  status: CaseStatus;
  doctor: Person | null;
  specialty: { id: string; name: string } | null;
  organization: { id: string; name: string };
  urgency: Urgency | null;
  /** A calendar day, "2026-12-24". */
  dueDate: string | null;
  createdAt: string;
  lastActivityAt: string;
};

export type CaseMember = { accountId: string; fullName: string; side: CaseSide; role: CaseRole; addedAt: string };

/** What a member may do to a case now (ACCEPT … RESTORE), or an admin (ASSIGN, UNASSIGN, ARCHIVE, RESTORE). */
export type CaseAction = 'ACCEPT' | 'REJECT' | 'START' | 'RETURN' | 'ANSWER' | 'COMPLETE' | 'ARCHIVE' | 'RESTORE' | 'ASSIGN' | 'UNASSIGN';

export type Transition = {
  action: CaseAction;
  from: CaseStatus;
  to: CaseStatus;
  actor: Person;
  provider: Person | null;
  reason: string | null;
  at: string;
};

/** GET /api/cases/{id} (me: the viewer's membership) and GET /api/admin/cases/{id} (me: null). */
export type CaseView = {
  summary: CaseSummary;
  description: string | null;
  expertService: ExpertService | null;
  matterReference: string | null;
  patientId: string | null;
  version: number;
  members: CaseMember[];
  me: CaseMember | null;
  transitions: Transition[];
  actions: CaseAction[];
};

/** A case as one of its members sees it. */
export type MemberCaseView = CaseView & { me: CaseMember };

/** A keyset page: `next` is the cursor for the following one, null on the last page. */
export type Page<T> = { items: T[]; next: string | null };

export type Candidate = {
  provider: Person;
  specialties: string[];
  specialtyMatch: boolean;
  openCases: number;
  maxOpenCases: number;
  onTimeOffUntil: string | null;
  worksToday: boolean;
  available: boolean;
};

export type ActivityEntry = { id: string; actor: Person; action: string; detail: string | null; at: string };

export type CaseCollaborator = CaseMember & { actions: number; lastActionAt: string | null };

/** The clinical details of a second opinion as stored: one envelope sealed with the case key. */
export type SealedClinical = { sealed: string; generation: number; version: number; updatedBy: Person; updatedAt: string };

export type AvailabilityWindow = { weekday: number; startsAt: string; endsAt: string };

export type TimeOff = { id: string; firstDay: string; lastDay: string; note: string | null };

export type Availability = {
  maxOpenCases: number;
  timeZone: string;
  windows: AvailabilityWindow[];
  timeOff: TimeOff[];
  openCases: number;
  version: number;
};

export type ProviderSummary = { id: string; fullName: string; title: string | null; specialties: { id: string; name: string }[] };

/** GET /api/accounts/{id}/public-keys. */
export type PublicKeysView = { accountId: string; fullName: string; publicKeys: string; fingerprint: string };

export type NoteVisibility = 'SHARED' | 'INTERNAL';

/** A note as stored: the body is a content envelope (base64url), sealed in the browser. */
export type SealedNote = {
  id: string;
  authorId: string;
  visibility: NoteVisibility;
  body: string;
  /** The key that sealed the body: the case key, or (memos) the author's side's memo key. */
  scope: NoteKeyScope;
  generation: number;
  createdAt: string;
  updatedAt: string;
  version: number;
};

/** An earlier version of a note's body, sealed as it was written. */
export type NoteKeyScope = 'CASE' | 'REQUESTER_MEMOS' | 'PROVIDER_MEMOS';

export type NoteRevision = {
  version: number;
  body: string;
  scope: NoteKeyScope;
  generation: number;
  writtenBy: string;
  writtenAt: string;
};
