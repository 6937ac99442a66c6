import { useRef } from 'react';
import { Button } from '../../../components/ui/Button';
import { formatDate } from '../../../lib/labels';
import type { DocumentMetadata, UnfinishedUpload } from '../api/documents';

export type Unfinished = Omit<UnfinishedUpload, 'metadata'> & { metadata: DocumentMetadata | null };

type Props = {
  uploads: Unfinished[];
  onChoose: (upload: Unfinished, file: File) => void;
  onDiscard: (upload: Unfinished) => void;
};

/**
 * Uploads that stopped before they finished (the page was closed or reloaded): the server keeps what
 * arrived; choosing the same file again sends the rest.
 */
export function UnfinishedUploads({ uploads, onChoose, onDiscard }: Props) {
  if (!uploads.length) return null;
  return (
    <div className="unfinished-uploads">
      <h3>Unfinished uploads</h3>
      <ul>
        {uploads.map((u) => (
          <UnfinishedItem key={u.id} upload={u} onChoose={onChoose} onDiscard={onDiscard} />
        ))}
      </ul>
    </div>
  );
}

function UnfinishedItem({ upload, onChoose, onDiscard }: { upload: Unfinished } & Omit<Props, 'uploads'>) {
  const input = useRef<HTMLInputElement>(null);
  const name = upload.metadata?.name ?? 'A file';
  const percent = Math.floor((upload.received / upload.chunks) * 100);
  return (
    <li aria-label={`Unfinished upload of ${name}`}>
      <span>
        <strong>{name}</strong> — {percent}% stored, started {formatDate(upload.createdAt, true)}. Choose the same file
        again to send the rest.
      </span>
      <Button variant="secondary" onClick={() => input.current?.click()}>Choose file to resume</Button>
      <Button variant="link" onClick={() => onDiscard(upload)}>Discard</Button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={`File to resume ${name}`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onChoose(upload, file);
          e.target.value = '';
        }}
      />
    </li>
  );
}
