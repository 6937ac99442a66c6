import { useId, useRef, useState, type DragEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { SelectField, TextField } from '../../../components/ui/Field';
import { formatSize } from '../document-list';
import { CATEGORIES, type DocumentCategory } from '../api/documents';

type Props = {
  maxSize: number;
  onFiles: (files: File[], category: DocumentCategory, description: string) => void;
};

/** Drop files here or browse: many at once, each with the category and description chosen above. */
export function UploadArea({ maxSize, onFiles }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [category, setCategory] = useState<DocumentCategory>('MEDICAL_RECORDS');
  const [description, setDescription] = useState('');
  const [over, setOver] = useState(false);

  const take = (list: FileList | null) => {
    const files = Array.from(list ?? []);
    if (files.length) onFiles(files, category, description.trim());
    setDescription('');
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files);
  };

  return (
    <div className="upload-area">
      <div className="upload-options">
        <SelectField label="Category" value={category} onChange={(e) => setCategory(e.target.value as DocumentCategory)}>
          {CATEGORIES.map((c) => (
            <option key={c.value} value={c.value}>{c.label}</option>
          ))}
        </SelectField>
        <TextField label="Description (optional)" value={description} maxLength={500} onChange={(e) => setDescription(e.target.value)} />
      </div>
      <div
        className={over ? 'drop-zone drop-zone-over' : 'drop-zone'}
        data-testid="drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <p id={hintId}>
          Drop files here, or <Button variant="link" onClick={() => input.current?.click()}>browse</Button>.
          <span className="muted"> Up to {formatSize(maxSize)} each. They are encrypted in this browser before they are sent.</span>
        </p>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          aria-label="Files to upload"
          aria-describedby={hintId}
          onChange={(e) => {
            take(e.target.files);
            e.target.value = '';
          }}
        />
      </div>
    </div>
  );
}
