// The uploads of this page, per case: they go on while the person looks at another tab or case, and
// the Documents tab shows them whenever it is open again.
import { useSyncExternalStore } from 'react';
import { DocumentUpload, type UploadRequest, type UploadSnapshot } from './document-upload';

const uploads = new Map<string, DocumentUpload[]>();
const listeners = new Set<() => void>();
let snapshots = new Map<string, UploadSnapshot[]>();

function publish(): void {
  snapshots = new Map([...uploads].map(([caseId, list]) => [caseId, list.map((u) => u.snapshot)]));
  listeners.forEach((listener) => listener());
}

export function startUpload(request: UploadRequest, onFinished: () => void): DocumentUpload {
  const upload = new DocumentUpload(request, publish, onFinished);
  uploads.set(request.caseId, [...(uploads.get(request.caseId) ?? []), upload]);
  publish();
  upload.start();
  return upload;
}

export function findUpload(caseId: string, localId: string): DocumentUpload | undefined {
  return uploads.get(caseId)?.find((u) => u.localId === localId);
}

/** Clears finished and cancelled uploads from the list. */
export function clearFinished(caseId: string): void {
  uploads.set(caseId, (uploads.get(caseId) ?? []).filter((u) => !['done', 'cancelled'].includes(u.snapshot.phase)));
  publish();
}

const EMPTY: UploadSnapshot[] = [];

export function useUploads(caseId: string): UploadSnapshot[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => snapshots.get(caseId) ?? EMPTY,
  );
}

/** Whether any upload of this page is still sending: leaving the page would interrupt it. */
export function uploadsInFlight(): boolean {
  return [...uploads.values()].some((list) =>
    list.some((u) => ['preparing', 'uploading', 'retrying', 'committing'].includes(u.snapshot.phase)),
  );
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', (event) => {
    if (uploadsInFlight()) event.preventDefault();
  });
}
