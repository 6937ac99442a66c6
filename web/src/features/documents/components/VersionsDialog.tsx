import { Button } from '../../../components/ui/Button';
import { Dialog } from '../../../components/ui/Dialog';
import { FormError } from '../../../components/ui/FormError';
import { Loading } from '../../../components/ui/Notice';
import { formatDate } from '../../../lib/labels';
import { useVersions, type OpenedDocument, type SealedVersion } from '../api/documents';
import { formatSize } from '../document-list';

type Props = { caseId: string; document: OpenedDocument | null; onDownload: (v: SealedVersion, name: string) => void; onClose: () => void };

/** Every version of a document, newest first; any of them can be downloaded. */
export function VersionsDialog({ caseId, document, onDownload, onClose }: Props) {
  return (
    <Dialog title={`Versions of ${document?.metadata?.name ?? 'the document'}`} open={document !== null} onClose={onClose}>
      {document && <Versions caseId={caseId} documentId={document.id} onDownload={onDownload} />}
      <form method="dialog" className="dialog-actions">
        <button className="btn btn-secondary" type="submit">Close</button>
      </form>
    </Dialog>
  );
}

function Versions({ caseId, documentId, onDownload }: { caseId: string; documentId: string; onDownload: Props['onDownload'] }) {
  const versions = useVersions(caseId, documentId);
  if (versions.isPending) return <Loading what="Loading versions…" />;
  if (versions.isError) return <FormError error={versions.error} />;
  return (
    <ol className="versions">
      {versions.data.map((v) => (
        <li key={v.id}>
          <strong>Version {v.number}</strong> — {v.name ?? 'cannot be verified'}, {formatSize(v.size)}, {v.uploadedByName},{' '}
          <time dateTime={v.uploadedAt}>{formatDate(v.uploadedAt, true)}</time>{' '}
          {v.name && <Button variant="link" onClick={() => onDownload(v, v.name!)}>Download version {v.number}</Button>}
        </li>
      ))}
    </ol>
  );
}
