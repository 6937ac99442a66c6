import type { Me } from '../types/api';

/** A signed-in person for tests; override what a test is about. */
export function aMe(overrides: Partial<Me> = {}): Me {
  return {
    id: 'u1',
    email: 'ada@example.org',
    role: 'REQUESTER',
    fullName: 'Ada Lovelace',
    title: null,
    phone: null,
    licenceNumber: null,
    bio: null,
    specialties: [],
    organization: null,
    organizationOwner: false,
    mayEditOrganization: false,
    onboarding: { profile: true, organization: true, encryption: false, complete: false },
    secondFactorEnabled: false,
    version: 1,
    ...overrides,
  };
}
