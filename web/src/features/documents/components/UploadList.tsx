import { Button } from '../../../components/ui/Button';
import { formatSize } from '../document-list';
import type { UploadSnapshot } from '../upload/document-upload';
import { clearFinished, findUpload } from '../upload/uploads-store';

const phaseLabels: Record<UploadSnapshot['phase'], string> = {
  preparing: 'Encrypting…',
  uploading: 'Uploading',
  paused: 'Paused',
  retrying: 'Waiting to retry',
  committing: 'Finishing…',
  done: 'Uploaded',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/** This page's uploads for the case, each with its progress and what can be done with it. */
export function UploadList({ caseId, uploads }: { caseId: string; uploads: UploadSnapshot[] }) {
  if (!uploads.length) return null;
  const act = (localId: string, action: 'pause' | 'resume' | 'cancel') => {
    const upload = findUpload(caseId, localId);
    if (action === 'pause') upload?.pause();
    if (action === 'resume') upload?.resume();
    if (action === 'cancel') void upload?.cancel();
  };
  const finished = uploads.some((u) => u.phase === 'done' || u.phase === 'cancelled');
  return (
    <div className="uploads">
      <h3>Uploads</h3>
      <ul className="upload-list">
        {uploads.map((u) => {
          const percent = Math.min(100, Math.floor((u.sent / u.total) * 100));
          return (
            <li key={u.localId} className={`upload upload-${u.phase}`} aria-label={`Upload of ${u.name}`}>
              <span className="upload-name">{u.name}</span>
              <span className="upload-size muted">{formatSize(u.size)}</span>
              <progress max={100} value={u.phase === 'done' ? 100 : percent} aria-label={`${u.name} progress`} />
              <span className="upload-status" role="status">
                {phaseLabels[u.phase]}
                {['uploading', 'paused', 'retrying'].includes(u.phase) && ` ${percent}%`}
                {u.message && ` — ${u.message}`}
              </span>
              <span className="upload-actions">
                {['preparing', 'uploading', 'retrying'].includes(u.phase) && (
                  <Button variant="secondary" onClick={() => act(u.localId, 'pause')}>Pause</Button>
                )}
                {u.phase === 'paused' && <Button variant="secondary" onClick={() => act(u.localId, 'resume')}>Resume</Button>}
                {u.phase === 'failed' && <Button variant="secondary" onClick={() => act(u.localId, 'resume')}>Retry</Button>}
                {!['done', 'cancelled', 'committing'].includes(u.phase) && (
                  <Button variant="link" onClick={() => act(u.localId, 'cancel')}>Cancel</Button>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      {finished && <Button variant="link" onClick={() => clearFinished(caseId)}>Clear finished</Button>}
    </div>
  );
}
