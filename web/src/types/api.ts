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
