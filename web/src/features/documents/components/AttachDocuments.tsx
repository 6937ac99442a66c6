import { useId } from 'react';
import { SelectField } from '../../../components/ui/Field';
import { CATEGORIES, type DocumentCategory } from '../api/documents';
import { formatSize } from '../document-list';

export type Attachments = { files: File[]; category: DocumentCategory };

export const NO_ATTACHMENTS: Attachments = { files: [], category: 'MEDICAL_RECORDS' };

/**
 * Documents chosen with a new case: they are encrypted and uploaded once the case and its key exist,
 * and the case opens on its Documents tab to show them going up.
 */
export function AttachDocuments({ value, onChange }: { value: Attachments; onChange: (next: Attachments) => void }) {
  const hintId = useId();
  return (
    <fieldset className="attach-documents">
      <legend>Documents (optional)</legend>
      <p id={hintId} className="field-hint">
        Encrypted in this browser and uploaded as soon as the case is created. You can add more later on the Documents tab.
      </p>
      <input
        type="file"
        multiple
        aria-label="Documents to attach"
        aria-describedby={hintId}
        onChange={(e) => onChange({ ...value, files: [...value.files, ...Array.from(e.target.files ?? [])] })}
      />
      {value.files.length > 0 && (
        <>
          <SelectField label="Category of these documents" value={value.category} onChange={(e) => onChange({ ...value, category: e.target.value as DocumentCategory })}>
            {CATEGORIES.map((c) => (
              <option key={c.value} value={c.value}>{c.label}</option>
            ))}
          </SelectField>
          <ul className="attached-files">
            {value.files.map((file, index) => (
              <li key={`${file.name}-${index}`}>
                {file.name} <span className="muted">{formatSize(file.size)}</span>{' '}
                <button type="button" className="btn btn-link" onClick={() => onChange({ ...value, files: value.files.filter((_, i) => i !== index) })}>
                  Remove {file.name}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}
