// Patients of my organization: fetched sealed, opened in the vault, sealed there before saving.
// The server stores the details as one envelope (kind "patient") bound to the organization, the
// patient id and the key generation; pages here only ever see them in memory.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Base64Url } from '../../../crypto';
import { api } from '../../../lib/api-client';
import { vault, VaultError } from '../../../vault';
import { decodeDetails, encodeDetails, normalizeReference, type PatientDetails } from '../details';
import { heldLatest, syncPatientKeys } from './patient-keys';

export type PatientStatus = 'ACTIVE' | 'INACTIVE';

/** As the server returns it: references and status in the clear, the details sealed. */
export type SealedPatient = {
  id: string;
  reference: string;
  status: PatientStatus;
  details: string;
  generation: number;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
  version: number;
};

type PatientPage = { items: SealedPatient[]; next: string | null };

export type OpenedPatient = Omit<SealedPatient, 'details'> & {
  /** The envelope as stored (base64url). */
  sealed: string;
  /** null when the details did not open; `problem` says why. */
  details: PatientDetails | null;
  problem: 'cannot-verify' | 'no-key' | null;
};

export const KIND = 'patient';
export const patientsQueryKey = ['patients'] as const;
const PAGE_SIZE = 500;

export class PatientKeyNotAvailableError extends Error {
  constructor() {
    super("Your organization's patients key is not in this browser yet. A colleague's browser shares it when they next unlock their vault; try again then.");
  }
}

/** Every patient of my organization, page by page (the browser searches them after opening). */
export async function fetchAllPatients(): Promise<SealedPatient[]> {
  const all: SealedPatient[] = [];
  let after: string | null = '';
  while (after !== null) {
    const page: PatientPage = await api.get<PatientPage>(`/api/patients?limit=${PAGE_SIZE}&after=${encodeURIComponent(after)}`);
    all.push(...page.items);
    after = page.next;
  }
  return all;
}

/** Opens one patient's details in the vault, bound to my organization, kind "patient" and its id. */
export async function openPatient(organizationId: string, patient: SealedPatient): Promise<OpenedPatient> {
  try {
    const { plaintext } = await vault().openContent(
      { caseId: organizationId, scope: 'patients', kind: KIND, objectId: patient.id },
      Base64Url.decode(patient.details),
    );
    return { ...patient, sealed: patient.details, details: decodeDetails(plaintext), problem: null };
  } catch (error) {
    if (error instanceof VaultError && error.kind === 'locked') throw error;
    const problem = error instanceof VaultError && error.kind === 'no-key' ? 'no-key' : 'cannot-verify';
    return { ...patient, sealed: patient.details, details: null, problem };
  }
}

/**
 * Details opened before, by patient id and version: a refetch decrypts only what changed (10,000
 * patients take seconds, bench/patients). Dropped when the vault locks, like the keys.
 */
const openedBefore = new Map<string, OpenedPatient>();
let watchingLock = false;

async function openCached(organizationId: string, patient: SealedPatient): Promise<OpenedPatient> {
  if (!watchingLock) {
    watchingLock = true;
    vault().subscribe(() => vault().status.unlocked || openedBefore.clear());
  }
  const key = `${organizationId}|${patient.id}|${patient.version}`;
  const cached = openedBefore.get(key);
  if (cached) return { ...patient, sealed: patient.details, details: cached.details, problem: null };
  const opened = await openPatient(organizationId, patient);
  if (opened.details) openedBefore.set(key, opened);
  return opened;
}

/**
 * All my organization's patients, opened. `held` (the key generations in the vault) is part of the
 * query key, so the list opens again when a colleague's browser shares the key.
 */
export function usePatients(organizationId: string | undefined, held: string, enabled: boolean) {
  return useQuery({
    queryKey: [...patientsQueryKey, 'all', organizationId, held],
    queryFn: async () => Promise.all((await fetchAllPatients()).map((p) => openCached(organizationId!, p))),
    enabled: enabled && !!organizationId,
    refetchInterval: 30_000,
  });
}

/** Asks the server for a complete reference (P-000123): it finds the patient without the details. */
export function usePatientByReference(organizationId: string | undefined, reference: string | null) {
  return useQuery({
    queryKey: [...patientsQueryKey, 'reference', organizationId, reference],
    queryFn: async () => {
      const page = await api.get<PatientPage>(`/api/patients?reference=${encodeURIComponent(normalizeReference(reference!))}`);
      return Promise.all(page.items.map((p) => openPatient(organizationId!, p)));
    },
    enabled: !!organizationId && reference !== null,
  });
}

/** The decrypted details of one patient of my organization (for the case pages); null if they do not open. */
export async function getPatientDetails(patientId: string): Promise<PatientDetails | null> {
  const keys = await syncPatientKeys({ create: false });
  const patient = await api.get<SealedPatient>(`/api/patients/${encodeURIComponent(patientId)}`);
  return (await openPatient(keys.caseId, patient)).details;
}

/** Seals with the latest generation, making generation 1 first if my organization has none yet. */
async function seal(patientId: string, details: PatientDetails): Promise<string> {
  const keys = await syncPatientKeys({ create: true });
  const generation = heldLatest(keys);
  if (generation === null) throw new PatientKeyNotAvailableError();
  const ref = { caseId: keys.caseId, scope: 'patients' as const, kind: KIND, objectId: patientId };
  const { envelope } = await vault().sealContent(ref, encodeDetails(details), generation);
  return Base64Url.encode(envelope);
}

export type SavePatient = { patient?: Pick<SealedPatient, 'id' | 'version'>; details: PatientDetails };

/** Creates a patient (the id is made here, because the envelope is bound to it) or saves new details. */
export function useSavePatient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ patient, details }: SavePatient) => {
      if (patient) {
        const sealed = await seal(patient.id, details);
        return api.put<SealedPatient>(`/api/patients/${patient.id}`, { details: sealed }, { version: patient.version });
      }
      const id = globalThis.crypto.randomUUID();
      return api.post<SealedPatient>('/api/patients', { id, details: await seal(id, details) });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: patientsQueryKey }),
  });
}

export function useSetPatientStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ patient, active }: { patient: Pick<SealedPatient, 'id' | 'version'>; active: boolean }) =>
      api.post<SealedPatient>(`/api/patients/${patient.id}/${active ? 'reactivate' : 'deactivate'}`, undefined, {
        version: patient.version,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: patientsQueryKey }),
  });
}
