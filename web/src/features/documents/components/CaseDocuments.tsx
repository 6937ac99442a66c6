import type { UseQueryResult } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Button } from '../../../components/ui/Button';
import { Dialog } from '../../../components/ui/Dialog';
import { SelectField, TextField } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { Loading } from '../../../components/ui/Notice';
import { Section } from '../../../components/ui/Page';
import { CannotVerifyError } from '../../../crypto';
import { api } from '../../../lib/api-client';
import { errorMessage } from '../../../lib/error-message';
import type { MemberCaseView } from '../../../types/api';
import { WaitingForKey } from '../../case-keys/components/WaitingForKey';
import type { CaseKeyState } from '../../case-keys/sync';
import { heldSignature, holdsLatest } from '../../case-keys/use-case-keys';
import { useMe } from '../../session/api/get-session';
import {
  CATEGORIES,
  documentsKey,
  uploadsPath,
  useDeleteDocument,
  useDocuments,
  useLimits,
  useUnfinishedUploads,
  type DocumentCategory,
  type OpenedDocument,
  type SealedVersion,
} from '../api/documents';
import { decryptedStream, watched } from '../download/decrypt';
import { prepareDownloads, saveStream } from '../download/save';
import { arrange, type DocumentSort, type SortDirection } from '../document-list';
import { probeOf } from '../upload/document-upload';
import { startUpload, useUploads } from '../upload/uploads-store';
import { DeletedDocuments } from './DeletedDocuments';
import { CANNOT_VERIFY_DOCUMENT, DocumentPreview } from './DocumentPreview';
import { DocumentTable } from './DocumentTable';
import { UnfinishedUploads, type Unfinished } from './UnfinishedUploads';
import { UploadArea } from './UploadArea';
import { UploadList } from './UploadList';
import { VersionsDialog } from './VersionsDialog';

type Props = { view: MemberCaseView; keys: UseQueryResult<CaseKeyState> };
type DownloadState = { name: string; received: number; size: number; outcome: 'running' | 'done' | 'failed'; message?: string };

/** The Documents tab: upload, list, preview, download, versions and deletion, all encrypted end to end. */
export function CaseDocuments({ view, keys }: Props) {
  const me = useMe();
  const caseId = view.summary.id;
  const queryClient = useQueryClient();
  const state = keys.data;
  const held = heldSignature(state, 'case');
  const ready = holdsLatest(state, 'case');
  const limits = useLimits();
  const documents = useDocuments(caseId, held, held !== '');
  const unfinished = useUnfinishedUploads(caseId, ready);
  const uploads = useUploads(caseId);
  const remove = useDeleteDocument(caseId);
  const canUpload = view.summary.status !== 'DONE' && view.summary.status !== 'ARCHIVED';

  const [sort, setSort] = useState<DocumentSort>('uploadedAt');
  const [direction, setDirection] = useState<SortDirection>('desc');
  const [category, setCategory] = useState<DocumentCategory | ''>('');
  const [text, setText] = useState('');
  const [previewing, setPreviewing] = useState<OpenedDocument | null>(null);
  const [versionsOf, setVersionsOf] = useState<OpenedDocument | null>(null);
  const [deleting, setDeleting] = useState<OpenedDocument | null>(null);
  const [download, setDownload] = useState<DownloadState | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(prepareDownloads, []);

  const refresh = () => queryClient.invalidateQueries({ queryKey: documentsKey(caseId) });

  /** New files, or the same file again for an unfinished upload of it: that one resumes instead. */
  const addFiles = async (files: File[], chosenCategory: DocumentCategory, description: string) => {
    setProblem(null);
    const maxSize = limits.data?.maxSize ?? Infinity;
    const tooLarge = files.filter((f) => f.size > maxSize);
    const alreadyHere: string[] = [];
    for (const file of files.filter((f) => f.size <= maxSize)) {
      const resume = await matchingUnfinished(file, unfinished.data ?? []);
      // Two uploads sending into one would each commit or cancel it under the other.
      if (resume && uploads.some((u) => u.uploadId === resume.id && u.phase !== 'cancelled')) {
        alreadyHere.push(file.name);
        continue;
      }
      startUpload({ caseId, file, category: chosenCategory, description, documentId: null, resume }, refresh);
    }
    const problems = [
      tooLarge.length ? `Too large to upload: ${tooLarge.map((f) => f.name).join(', ')}.` : '',
      alreadyHere.length ? `Already uploading on this page: ${alreadyHere.join(', ')}. Resume or cancel it in the list above.` : '',
    ].filter(Boolean);
    if (problems.length) setProblem(problems.join(' '));
  };

  const resumeWith = async (upload: Unfinished, file: File) => {
    setProblem(null);
    if (!(await matchingUnfinished(file, [upload]))) {
      setProblem(`That is not the file this upload started with (${upload.metadata?.name ?? 'unknown'}). Choose the same file.`);
      return;
    }
    startUpload({ caseId, file, category: upload.category, description: '', documentId: upload.documentId, resume: upload }, refresh);
    void refresh();
  };

  const discard = async (upload: Unfinished) => {
    await api.delete(`${uploadsPath(caseId)}/${upload.id}`).catch((e) => setProblem(errorMessage(e)));
    void refresh();
  };

  const downloadVersion = async (document: OpenedDocument, version: SealedVersion, name: string) => {
    const progress: DownloadState = { name, received: 0, size: version.size, outcome: 'running' };
    setDownload(progress);
    try {
      const stream = watched(await decryptedStream(caseId, document.id, version), {
        progress: (received) => setDownload({ ...progress, received }),
        failed: (error) => setDownload({ ...progress, outcome: 'failed', message: downloadFailure(error) }),
        finished: () => setDownload({ ...progress, received: version.size, outcome: 'done' }),
      });
      await saveStream(stream, name, version.size, limits.data?.previewLimit ?? 64 * 1024 * 1024);
    } catch (error) {
      // Saving through the File System Access API or a Blob rejects with the stream's own error.
      setDownload({ ...progress, outcome: 'failed', message: downloadFailure(error) });
    }
  };

  const visible = documents.data ? arrange(documents.data, sort, direction, { category, text }) : [];
  // Uploads this page is sending are shown with their progress above, not as unfinished.
  const unfinishedHere = (unfinished.data ?? []).filter((u) => !uploads.some((s) => s.uploadId === u.id && s.phase !== 'cancelled'));

  return (
    <>
      <Section
        title="Documents"
        intro="Files are encrypted in your browser before they are sent, names and descriptions too. The server sees only each file's type, size, who uploaded it and when."
      >
        {keys.isPending && <Loading what="Opening the case key…" />}
        {state && !ready && <WaitingForKey />}
        {ready && canUpload && limits.data && (
          <UploadArea maxSize={limits.data.maxSize} onFiles={(files, c, d) => void addFiles(files, c, d)} />
        )}
        {problem && <p className="form-error" role="alert">{problem}</p>}
        <UploadList caseId={caseId} uploads={uploads} />
        {ready && <UnfinishedUploads uploads={unfinishedHere} onChoose={(u, f) => void resumeWith(u, f)} onDiscard={(u) => void discard(u)} />}
        {download && <DownloadStatus download={download} onDismiss={() => setDownload(null)} />}
      </Section>
      <Section title="Files">
        <div className="document-filters">
          <SelectField label="Category" value={category} onChange={(e) => setCategory(e.target.value as DocumentCategory | '')}>
            <option value="">All categories</option>
            {CATEGORIES.map((c) => (
              <option key={c.value} value={c.value}>{c.label}</option>
            ))}
          </SelectField>
          <TextField label="Search names" type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        {documents.isPending && held !== '' && <Loading what="Decrypting names…" />}
        {documents.isError && <FormError error={documents.error} />}
        {documents.data && !documents.data.length && <p className="empty">No documents yet.</p>}
        {documents.data && documents.data.length > 0 && !visible.length && <p className="empty">No document matches.</p>}
        {visible.length > 0 && (
          <DocumentTable
            documents={visible}
            me={me.id}
            canUpload={canUpload && ready}
            sort={sort}
            direction={direction}
            onSort={(next) => {
              setDirection(next === sort && direction === 'asc' ? 'desc' : 'asc');
              setSort(next);
            }}
            actions={{
              preview: setPreviewing,
              download: (d) => void downloadVersion(d, d.current, d.metadata?.name ?? 'document'),
              versions: setVersionsOf,
              remove: setDeleting,
              newVersion: (d, file) =>
                startUpload({ caseId, file, category: d.category, description: d.metadata?.description ?? '', documentId: d.id, resume: null }, refresh),
            }}
          />
        )}
      </Section>
      {held !== '' && <DeletedDocuments caseId={caseId} held={held} keepDays={limits.data?.keepDeletedDays ?? 30} />}
      <DocumentPreview caseId={caseId} document={previewing} previewLimit={limits.data?.previewLimit ?? 0} onClose={() => setPreviewing(null)} />
      <VersionsDialog
        caseId={caseId}
        document={versionsOf}
        onClose={() => setVersionsOf(null)}
        onDownload={(v, name) => versionsOf && void downloadVersion(versionsOf, v, name)}
      />
      <Dialog title="Delete this document?" open={deleting !== null} onClose={() => setDeleting(null)}>
        <p>
          {deleting?.metadata?.name} disappears from the case for everyone. You can restore it for {limits.data?.keepDeletedDays ?? 30} days;
          after that it is removed for good.
        </p>
        {remove.isError && <FormError error={remove.error} />}
        <div className="dialog-actions">
          <Button
            variant="danger"
            busy={remove.isPending}
            onClick={() => deleting && remove.mutate(deleting, { onSuccess: () => setDeleting(null) })}
          >
            Delete
          </Button>
          <Button variant="secondary" onClick={() => setDeleting(null)}>Keep it</Button>
        </div>
      </Dialog>
    </>
  );
}

async function matchingUnfinished(file: File, candidates: Unfinished[]): Promise<Unfinished | null> {
  const same = candidates.filter(
    (u) => u.metadata && u.metadata.name === file.name && u.plaintextSize === file.size && u.metadata.lastModified === file.lastModified,
  );
  if (!same.length) return null;
  const probe = await probeOf(file);
  return same.find((u) => u.metadata?.probe === probe) ?? null;
}

function DownloadStatus({ download, onDismiss }: { download: DownloadState; onDismiss: () => void }) {
  const percent = download.size ? Math.floor((download.received / download.size) * 100) : 100;
  return (
    <div className={`download download-${download.outcome}`} role="status">
      {download.outcome === 'running' && <>Decrypting {download.name}… {percent}%</>}
      {download.outcome === 'done' && <>Decrypted and saved {download.name}.</>}
      {download.outcome === 'failed' && <>Download of {download.name} failed: {download.message}</>}{' '}
      {download.outcome !== 'running' && <Button variant="link" onClick={onDismiss}>Dismiss</Button>}
    </div>
  );
}

function downloadFailure(error: unknown): string {
  return error instanceof CannotVerifyError ? CANNOT_VERIFY_DOCUMENT : errorMessage(error);
}
