// Documents of a case at the API, and the parts of them sealed with the case key in this browser:
// the metadata (name, description, and what recognises the file again to resume its upload) and the
// document key. Kinds "document-metadata" and "document-key", both bound to the version's id.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Base64Url } from '../../../crypto';
import type { Bytes } from '../../../crypto/bytes';
import { api } from '../../../lib/api-client';
import { vault, VaultError, type ContentRef } from '../../../vault';
import { caseKey } from '../../cases/api/cases';
import { KeyNotAvailableError } from '../../cases/api/notes';
import { caseKeySync } from '../../case-keys/key-sharing';
import { latestGeneration } from '../../case-keys/planner';

export const CATEGORIES = [
  { value: 'MEDICAL_RECORDS', label: 'Medical records' },
  { value: 'IMAGING', label: 'Imaging' },
  { value: 'LEGAL_DOCUMENTS', label: 'Legal documents' },
  { value: 'CORRESPONDENCE', label: 'Correspondence' },
  { value: 'OTHER', label: 'Other' },
] as const;
export type DocumentCategory = (typeof CATEGORIES)[number]['value'];
export const categoryLabel = (value: DocumentCategory) => CATEGORIES.find((c) => c.value === value)?.label ?? value;

export type SealedVersion = {
  id: string;
  number: number;
  contentType: string;
  size: number;
  ciphertextSize: number;
  uploadedBy: string;
  uploadedByName: string;
  uploadedAt: string;
  metadata: string;
  key: string;
};

export type SealedDocument = {
  id: string;
  category: DocumentCategory;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  versions: number;
  current: SealedVersion;
};

export type UnfinishedUpload = {
  id: string;
  documentId: string | null;
  category: DocumentCategory;
  contentType: string;
  size: number;
  plaintextSize: number;
  chunkSize: number;
  chunks: number;
  /** Chunks stored from the first on, without a gap: where a resumed upload continues. */
  received: number;
  /** How many chunks past the first missing one the server takes: the most that may be on their way at once. */
  window: number;
  header: string;
  metadata: string;
  key: string;
  createdAt: string;
};

export type Limits = { maxSize: number; previewLimit: number; chunkSize: number; keepDeletedDays: number };

/** What the name and description envelope holds; `lastModified` and `probe` recognise the file again. */
export type DocumentMetadata = { name: string; description: string; lastModified: number; probe: string };

export type OpenedDocument = SealedDocument & { metadata: DocumentMetadata | null; problem: 'no-key' | 'cannot-verify' | null };

const casePath = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;
export const documentsPath = (caseId: string) => `${casePath(caseId)}/documents`;
export const uploadsPath = (caseId: string) => `${casePath(caseId)}/uploads`;
export const contentPath = (caseId: string, documentId: string, versionId: string) =>
  `${documentsPath(caseId)}/${encodeURIComponent(documentId)}/versions/${encodeURIComponent(versionId)}/content`;
export const documentsKey = (caseId: string) => [...caseKey(caseId), 'documents'] as const;

const ref = (caseId: string, kind: string, objectId: string): ContentRef => ({ caseId, scope: 'case', kind, objectId });
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const SUITE_AES256_GCM_HKDF_1MB = 1;

/** The newest case key generation, which this browser must hold to seal anything new. */
export async function latestHeldGeneration(caseId: string): Promise<number> {
  const keys = await caseKeySync().syncCase(caseId);
  const latest = latestGeneration(keys.view, 'case');
  if (latest === null || !keys.held.some((k) => k.scope === 'case' && k.generation === latest)) {
    throw new KeyNotAvailableError();
  }
  return latest;
}

/**
 * A new random document key and its envelope under the case key: plaintext `suite u8 | key 32`
 * (docs/crypto.md §10). The raw key goes to the encryption worker; nothing keeps it afterwards.
 */
export async function newDocumentKey(caseId: string, versionId: string, generation: number) {
  const raw: Bytes = globalThis.crypto.getRandomValues(new Uint8Array(32));
  const record = new Uint8Array(33);
  record[0] = SUITE_AES256_GCM_HKDF_1MB;
  record.set(raw, 1);
  const { envelope } = await vault().sealContent(ref(caseId, 'document-key', versionId), record, generation);
  record.fill(0);
  return { raw, sealed: Base64Url.encode(envelope) };
}

/** The raw document key of a version, opened in the vault. */
export async function openDocumentKey(caseId: string, versionId: string, sealed: string): Promise<Bytes> {
  const { plaintext } = await vault().openContent(ref(caseId, 'document-key', versionId), Base64Url.decode(sealed));
  if (plaintext.length !== 33 || plaintext[0] !== SUITE_AES256_GCM_HKDF_1MB) {
    throw new TypeError('This document uses a format this version of Consilium cannot read.');
  }
  return plaintext.slice(1);
}

export async function sealMetadata(caseId: string, versionId: string, metadata: DocumentMetadata, generation: number) {
  const plaintext = new TextEncoder().encode(JSON.stringify(metadata));
  const { envelope } = await vault().sealContent(ref(caseId, 'document-metadata', versionId), plaintext, generation);
  return Base64Url.encode(envelope);
}

/** @throws VaultError when it does not open; a TypeError when it opens to something that is not metadata */
export async function openMetadata(caseId: string, versionId: string, sealed: string): Promise<DocumentMetadata> {
  const { plaintext } = await vault().openContent(ref(caseId, 'document-metadata', versionId), Base64Url.decode(sealed));
  const value: unknown = JSON.parse(strictUtf8.decode(plaintext));
  if (typeof value !== 'object' || value === null) throw new TypeError('not document metadata');
  const record = value as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    name: text(record.name) || 'Untitled',
    description: text(record.description),
    lastModified: typeof record.lastModified === 'number' ? record.lastModified : 0,
    probe: text(record.probe),
  };
}

async function openOne(caseId: string, document: SealedDocument): Promise<OpenedDocument> {
  try {
    return { ...document, metadata: await openMetadata(caseId, document.current.id, document.current.metadata), problem: null };
  } catch (error) {
    if (error instanceof VaultError && error.kind === 'locked') throw error;
    const problem = error instanceof VaultError && error.kind === 'no-key' ? 'no-key' : 'cannot-verify';
    return { ...document, metadata: null, problem };
  }
}

/** The case's documents with their names opened; `held` re-opens them when a key arrives. */
export function useDocuments(caseId: string, held: string, enabled: boolean, deleted = false) {
  return useQuery({
    queryKey: [...documentsKey(caseId), deleted ? 'deleted' : 'current', held],
    queryFn: async () => {
      const list = await api.get<SealedDocument[]>(`${documentsPath(caseId)}${deleted ? '?deleted=true' : ''}`);
      return Promise.all(list.map((d) => openOne(caseId, d)));
    },
    enabled,
    refetchInterval: 15_000,
  });
}

export function useVersions(caseId: string, documentId: string) {
  return useQuery({
    queryKey: [...documentsKey(caseId), 'versions', documentId],
    queryFn: async () => {
      const versions = await api.get<SealedVersion[]>(`${documentsPath(caseId)}/${encodeURIComponent(documentId)}/versions`);
      return Promise.all(
        versions.map(async (v) => {
          try {
            return { ...v, name: (await openMetadata(caseId, v.id, v.metadata)).name };
          } catch {
            return { ...v, name: null };
          }
        }),
      );
    },
  });
}

export function useUnfinishedUploads(caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...documentsKey(caseId), 'unfinished'],
    queryFn: async () => {
      const uploads = await api.get<UnfinishedUpload[]>(uploadsPath(caseId));
      return Promise.all(
        uploads.map(async (u) => {
          try {
            return { ...u, metadata: await openMetadata(caseId, u.id, u.metadata) };
          } catch {
            return { ...u, metadata: null };
          }
        }),
      );
    },
    enabled,
  });
}

export function useLimits() {
  return useQuery({ queryKey: ['documents', 'limits'], queryFn: () => api.get<Limits>('/api/documents/limits'), staleTime: Infinity });
}

export function useDeleteDocument(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (document: SealedDocument) =>
      api.delete(`${documentsPath(caseId)}/${encodeURIComponent(document.id)}`, { version: document.version }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: documentsKey(caseId) }),
  });
}

export function useRestoreDocument(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (document: SealedDocument) =>
      api.post(`${documentsPath(caseId)}/${encodeURIComponent(document.id)}/restore`, undefined, { version: document.version }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: documentsKey(caseId) }),
  });
}
