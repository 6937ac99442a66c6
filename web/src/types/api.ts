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

export type CaseSummary = {
  id: string;
  /** "C-000001": plaintext, unique, safe to show anywhere. */
  reference: string;
  name: string;
  engagementType: EngagementType;
  status: CaseStatus;
  doctor: { id: string; fullName: string } | null;
  createdAt: string;
  lastActivityAt: string;
};

export type CaseMember = { accountId: string; fullName: string; side: CaseSide; role: CaseRole };

export type CaseView = { summary: CaseSummary; members: CaseMember[]; me: CaseMember };

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
  generation: number;
  createdAt: string;
  updatedAt: string;
  version: number;
};
