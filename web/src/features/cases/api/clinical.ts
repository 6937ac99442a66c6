// The clinical details of a second opinion: question, summary and a snapshot of the patient, sealed
// in this browser with the case key as one envelope (kind "clinical", object = the case id), so the
// server stores only ciphertext.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Base64Url } from '../../../crypto';
import { api } from '../../../lib/api-client';
import { NotFoundError } from '../../../lib/problem';
import type { SealedClinical } from '../../../types/api';
import { vault, VaultError, type ContentRef, type VaultClient } from '../../../vault';
import { caseKeySync } from '../../case-keys/key-sharing';
import { latestGeneration } from '../../case-keys/planner';
import { caseKey } from './cases';
import { KeyNotAvailableError } from './notes';

/** The patient as the requester's organization knows them, copied into the case for the provider. */
export type PatientSnapshot = {
  reference: string | null;
  fullName: string;
  dateOfBirth: string | null;
  sex: string | null;
  identifiers: { type: string; value: string }[];
  contact: string | null;
};

export type ClinicalDetails = { clinicalQuestion: string; clinicalSummary: string; patient: PatientSnapshot | null };

export type OpenedClinical =
  | { record: SealedClinical; details: ClinicalDetails; problem: null }
  | { record: SealedClinical; details: null; problem: 'no-key' | 'cannot-verify' };

/** What sealing and opening need of the vault: VaultClient, or one made in a test. */
export type ContentVault = Pick<VaultClient, 'sealContent' | 'openContent'>;

const clinicalRef = (caseId: string): ContentRef => ({ caseId, scope: 'case', kind: 'clinical', objectId: caseId });
const clinicalPath = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/clinical`;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export async function sealClinical(
  contentVault: ContentVault,
  caseId: string,
  details: ClinicalDetails,
  generation: number,
): Promise<{ sealed: string; generation: number }> {
  const plaintext = new TextEncoder().encode(JSON.stringify(details));
  const { envelope } = await contentVault.sealContent(clinicalRef(caseId), plaintext, generation);
  return { sealed: Base64Url.encode(envelope), generation };
}

/** @throws VaultError when the envelope does not open; a TypeError when it opens to something else. */
export async function openClinical(contentVault: ContentVault, caseId: string, sealed: string): Promise<ClinicalDetails> {
  const { plaintext } = await contentVault.openContent(clinicalRef(caseId), Base64Url.decode(sealed));
  return toClinicalDetails(JSON.parse(strictUtf8.decode(plaintext)));
}

/** Whatever opened must still be shown safely: keep the expected fields, as strings, and nothing else. */
function toClinicalDetails(value: unknown): ClinicalDetails {
  const record = asRecord(value);
  const patient = record.patient === null || record.patient === undefined ? null : asRecord(record.patient);
  return {
    clinicalQuestion: text(record.clinicalQuestion) ?? '',
    clinicalSummary: text(record.clinicalSummary) ?? '',
    patient: patient && {
      reference: text(patient.reference),
      fullName: text(patient.fullName) ?? '',
      dateOfBirth: text(patient.dateOfBirth),
      sex: text(patient.sex),
      identifiers: (Array.isArray(patient.identifiers) ? patient.identifiers : []).map(asRecord).map((identifier) => ({
        type: text(identifier.type) ?? '',
        value: text(identifier.value) ?? '',
      })),
      contact: text(patient.contact),
    },
  };
}

function asRecord(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TypeError('not clinical details');
  return value as Record<string, unknown>;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** GET …/clinical, opened in the vault; null when none was written yet. `held` re-opens when a key arrives. */
export function useClinical(caseId: string, held: string, enabled: boolean) {
  return useQuery({
    queryKey: [...caseKey(caseId), 'clinical', held],
    queryFn: async (): Promise<OpenedClinical | null> => {
      const record = await api.get<SealedClinical>(clinicalPath(caseId)).catch((error: unknown) => {
        if (error instanceof NotFoundError) return null;
        throw error;
      });
      if (!record) return null;
      try {
        return { record, details: await openClinical(vault(), caseId, record.sealed), problem: null };
      } catch (error) {
        if (error instanceof VaultError && error.kind === 'locked') throw error;
        const problem = error instanceof VaultError && error.kind === 'no-key' ? 'no-key' : 'cannot-verify';
        return { record, details: null, problem };
      }
    },
    enabled,
  });
}

/**
 * Seals the details with the latest case-key generation this browser holds (creating the first one
 * if the case has none yet) and stores them; `version` is 0 for the first write.
 */
export async function saveClinical(caseId: string, details: ClinicalDetails, version: number): Promise<SealedClinical> {
  const keys = await caseKeySync().syncCase(caseId);
  const latest = latestGeneration(keys.view, 'case');
  if (latest === null || !keys.held.some((k) => k.scope === 'case' && k.generation === latest)) {
    throw new KeyNotAvailableError();
  }
  const body = await sealClinical(vault(), caseId, details, latest);
  return api.put<SealedClinical>(clinicalPath(caseId), body, { version });
}

export function useSaveClinical() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ caseId, details, version }: { caseId: string; details: ClinicalDetails; version: number }) =>
      saveClinical(caseId, details, version),
    onSuccess: (_, { caseId }) => queryClient.invalidateQueries({ queryKey: [...caseKey(caseId), 'clinical'] }),
  });
}
