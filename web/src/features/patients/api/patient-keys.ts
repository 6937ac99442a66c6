// The organization's patients key (docs/crypto.md §8, scope 3): the case keys' grants and sharing,
// with the organization in the case's place. The endpoints answer in the case keys' shapes, so the
// case-key sync engine runs unchanged over this adapter.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { useVaultStatus, vault } from '../../../vault';
import {
  getPublicKeys,
  type CaseKeysApi,
  type CaseKeysView,
  type GrantToMe,
  type KeyGeneration,
  type PendingGrant,
} from '../../case-keys/api/case-keys';
import { pinStore } from '../../case-keys/key-sharing';
import { latestGeneration } from '../../case-keys/planner';
import { CaseKeySync, type CaseKeyState } from '../../case-keys/sync';

const PATH = '/api/organization/patient-keys';

/** GET /api/organization/patient-keys. */
export type OrganizationKeysView = {
  organizationId: string;
  generations: KeyGeneration[];
  grants: GrantToMe[];
  pending: PendingGrant[];
  /** The organization's active, onboarded requesters: who a new generation is for. */
  members: { accountId: string }[];
};

const asCaseView = (view: OrganizationKeysView): CaseKeysView => ({
  caseId: view.organizationId,
  generations: view.generations,
  grants: view.grants,
  pending: view.pending,
});

const fetchView = () => api.get<OrganizationKeysView>(PATH);

/** The organization's keys as the sync engine expects a case's: the "case id" is the organization id. */
export const patientKeysApi: CaseKeysApi = {
  keys: async () => asCaseView(await fetchView()),
  createGeneration: async (_organizationId, _scope, generation, grants) =>
    asCaseView(await api.post<OrganizationKeysView>(`${PATH}/generations`, { generation, grants })),
  fulfil: async (_organizationId, grant) => asCaseView(await api.post<OrganizationKeysView>(`${PATH}/grants`, { grant })),
  pendingGrants: async () => {
    const view = await fetchView();
    return view.pending.map((pending) => ({ caseId: view.organizationId, pending }));
  },
  caseView: async () => ({ members: (await fetchView()).members }),
  publicKeys: getPublicKeys,
  // One container, checked every round: the organization's keys (first generation on demand only).
  keyWork: async () => [(await fetchView()).organizationId],
};

let engine: CaseKeySync | null = null;

function patientKeySync(): CaseKeySync {
  engine ??= new CaseKeySync({
    api: patientKeysApi,
    vault: vault(),
    fingerprints: { observe: (me, accountId, fingerprint) => pinStore(me).observe(accountId, fingerprint) },
    container: { scopes: ['patients'], lockPrefix: 'consilium-patient-keys' },
  });
  return engine;
}

/**
 * Brings the patients key up to date in the vault: grants to me opened, colleagues waiting served, a
 * rotation made when one is due. Generation 1 is made only when `create` says so: by the first
 * requester who needs to seal a patient, not by everyone who unlocks.
 */
export async function syncPatientKeys({ create }: { create: boolean }): Promise<CaseKeyState> {
  const view = await patientKeysApi.keys('');
  if (!view.generations.length && !create) return { caseId: view.caseId, view, held: [], failed: [], problems: [] };
  return patientKeySync().syncCase(view.caseId);
}

/** The latest generation, if the vault holds it: what new details are sealed with. */
export function heldLatest(state: CaseKeyState): number | null {
  const latest = latestGeneration(state.view, 'patients');
  return latest !== null && state.held.some((k) => k.scope === 'patients' && k.generation === latest) ? latest : null;
}

export const patientKeysQueryKey = ['patient-keys'] as const;

/** Polls faster while waiting for a colleague to share the key, slower once it is here. */
export function usePatientKeys() {
  const status = useVaultStatus();
  return useQuery({
    queryKey: [...patientKeysQueryKey, status.accountId, status.fingerprint],
    queryFn: () => syncPatientKeys({ create: false }),
    enabled: status.unlocked,
    staleTime: 0,
    refetchInterval: (query) => {
      const state = query.state.data;
      return state && (!state.view.generations.length || heldLatest(state) !== null) ? 15_000 : 4_000;
    },
  });
}
