// The keys API of a case (docs/crypto.md §8): what my browser holds, creates and shares. Binary
// values are base64url; scopes are spelled as the server's enum ("CASE", "REQUESTER_MEMOS").
import { api } from '../../../lib/api-client';
import { NotFoundError } from '../../../lib/problem';
import type { PublicKeysView } from '../../../types/api';
import type { KeyScope } from '../../../vault';

export type ApiScope = 'CASE' | 'CHAT' | 'PATIENTS' | 'REQUESTER_MEMOS' | 'PROVIDER_MEMOS';

export type PendingReason = 'NOT_YET_SHARED' | 'KEYS_RESET' | 'NO_KEYS';

export type KeyGeneration = { scope: ApiScope; latest: number; rotationRequested: boolean };

/** A grant to me, with the granter's public keys as they were when they signed it. */
export type GrantToMe = {
  scope: ApiScope;
  generation: number;
  grant: string;
  granterId: string;
  granterPublicKeys: string;
  granterFingerprint: string;
};

/** A member who should hold the latest generation of a scope and does not. */
export type PendingGrant = {
  scope: ApiScope;
  generation: number;
  recipientId: string;
  reason: PendingReason;
  recipientPublicKeys: string | null;
  recipientFingerprint: string | null;
};

export type CaseKeysView = {
  caseId: string;
  /** The scopes I may hold in this container: the server's entitlement rules (absent: my browser decides). */
  scopes?: ApiScope[];
  generations: KeyGeneration[];
  grants: GrantToMe[];
  pending: PendingGrant[];
};

export type PendingInCase = { caseId: string; pending: PendingGrant };

export const toApiScope = (scope: KeyScope): ApiScope => scope.toUpperCase().replace('-', '_') as ApiScope;
export const fromApiScope = (scope: ApiScope): KeyScope => scope.toLowerCase().replace('_', '-') as KeyScope;

const casePath = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

/** Everything the key sharing needs from the server, as one object so tests can pass a fake. */
export interface CaseKeysApi {
  keys(caseId: string): Promise<CaseKeysView>;
  createGeneration(caseId: string, scope: ApiScope, generation: number, grants: string[]): Promise<CaseKeysView>;
  fulfil(caseId: string, grant: string): Promise<CaseKeysView>;
  pendingGrants(): Promise<PendingInCase[]>;
  /** The members who should hold the keys (a case's members; an organization's requesters). */
  /** The members a new generation is for; a case's with their sides, whose memo keys are theirs alone. */
  caseView(caseId: string): Promise<{ members: readonly { accountId: string; side?: 'REQUESTER' | 'PROVIDER' }[] }>;
  /** null when the person has not set up encryption (404 ".../no-keys"). */
  publicKeys(accountId: string): Promise<PublicKeysView | null>;
  /** The key containers (cases) I belong to that lack a key in some scope or are due a rotation (ids). */
  keyWork(): Promise<string[]>;
}

export async function getPublicKeys(accountId: string): Promise<PublicKeysView | null> {
  try {
    return await api.get<PublicKeysView>(`/api/accounts/${encodeURIComponent(accountId)}/public-keys`);
  } catch (error) {
    if (error instanceof NotFoundError && error.hasType('/no-keys')) return null;
    throw error;
  }
}

export const caseKeysApi: CaseKeysApi = {
  keys: (caseId) => api.get<CaseKeysView>(`${casePath(caseId)}/keys`),
  createGeneration: (caseId, scope, generation, grants) =>
    api.post<CaseKeysView>(`${casePath(caseId)}/keys/generations`, { scope, generation, grants }),
  fulfil: (caseId, grant) => api.post<CaseKeysView>(`${casePath(caseId)}/keys/grants`, { grant }),
  pendingGrants: () => api.get<PendingInCase[]>('/api/me/pending-grants'),
  caseView: (caseId) => api.get<{ members: { accountId: string; side: 'REQUESTER' | 'PROVIDER' }[] }>(casePath(caseId)),
  publicKeys: getPublicKeys,
  keyWork: () => api.get<string[]>('/api/me/key-work'),
};
