import { useEffect, useState } from 'react';
import { Dialog } from '../../../components/ui/Dialog';
import { Loading } from '../../../components/ui/Notice';
import { CannotVerifyError } from '../../../crypto';
import { errorMessage } from '../../../lib/error-message';
import type { OpenedDocument } from '../api/documents';
import { decryptToBlob } from '../download/decrypt';
import { formatSize, previewKind } from '../document-list';
import { PdfPreview } from './PdfPreview';

export const CANNOT_VERIFY_DOCUMENT = 'This document cannot be verified: it was damaged or altered. Nothing of it is shown.';

type Props = { caseId: string; document: OpenedDocument | null; previewLimit: number; onClose: () => void };

/** Shows a document decrypted in memory: images, PDFs and text, up to the preview limit. */
export function DocumentPreview({ caseId, document, previewLimit, onClose }: Props) {
  const name = document?.metadata?.name ?? 'Document';
  return (
    <Dialog title={name} open={document !== null} onClose={onClose}>
      {document && <PreviewBody caseId={caseId} document={document} previewLimit={previewLimit} />}
      <form method="dialog" className="dialog-actions">
        <button className="btn btn-secondary" type="submit">Close</button>
      </form>
    </Dialog>
  );
}

type Shown = { kind: 'image'; url: string } | { kind: 'pdf'; blob: Blob } | { kind: 'text'; text: string };

function PreviewBody({ caseId, document, previewLimit }: Omit<Props, 'onClose' | 'document'> & { document: OpenedDocument }) {
  const version = document.current;
  const kind = previewKind(version.contentType);
  const [shown, setShown] = useState<Shown | null>(null);
  const [error, setError] = useState<string | null>(null);
  const tooLarge = version.size > previewLimit;

  useEffect(() => {
    if (!kind || tooLarge) return;
    let url: string | null = null;
    let cancelled = false;
    decryptToBlob(caseId, document.id, version)
      .then(async (blob) => {
        if (cancelled) return;
        if (kind === 'image') setShown({ kind, url: (url = URL.createObjectURL(blob)) });
        else if (kind === 'pdf') setShown({ kind, blob });
        else setShown({ kind, text: await blob.text() });
      })
      .catch((e) => !cancelled && setError(e instanceof CannotVerifyError ? CANNOT_VERIFY_DOCUMENT : errorMessage(e)));
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [caseId, document.id, version, kind, tooLarge]);

  if (!kind) return <p>There is no preview for this type of file ({version.contentType}). Download it to open it.</p>;
  if (tooLarge) return <p>This file is too large to preview ({formatSize(version.size)}). Download it to open it.</p>;
  if (error) return <p className="form-error" role="alert">{error}</p>;
  if (!shown) return <Loading what="Decrypting…" />;
  if (shown.kind === 'image') return <img className="image-preview" src={shown.url} alt={document.metadata?.name ?? 'Image'} />;
  if (shown.kind === 'pdf') return <PdfPreview data={shown.blob} name={document.metadata?.name ?? 'PDF'} />;
  return <pre className="text-preview" data-testid="text-preview">{shown.text}</pre>;
}
