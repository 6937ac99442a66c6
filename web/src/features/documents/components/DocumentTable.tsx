import { useRef } from 'react';
import { Button } from '../../../components/ui/Button';
import { formatDate } from '../../../lib/labels';
import { categoryLabel, type OpenedDocument } from '../api/documents';
import { formatSize, type DocumentSort, type SortDirection } from '../document-list';

const COLUMNS: { sort: DocumentSort; label: string }[] = [
  { sort: 'name', label: 'Name' },
  { sort: 'category', label: 'Category' },
  { sort: 'size', label: 'Size' },
  { sort: 'uploadedBy', label: 'Uploaded by' },
  { sort: 'uploadedAt', label: 'Uploaded at' },
];

export type DocumentActions = {
  preview: (d: OpenedDocument) => void;
  download: (d: OpenedDocument) => void;
  newVersion: (d: OpenedDocument, file: File) => void;
  versions: (d: OpenedDocument) => void;
  remove: (d: OpenedDocument) => void;
};

type Props = {
  documents: OpenedDocument[];
  me: string;
  canUpload: boolean;
  sort: DocumentSort;
  direction: SortDirection;
  onSort: (sort: DocumentSort) => void;
  actions: DocumentActions;
};

/** The case's documents; every header sorts, names open a preview. */
export function DocumentTable({ documents, me, canUpload, sort, direction, onSort, actions }: Props) {
  return (
    <div className="table-wrap">
      <table className="table documents-table">
        <caption className="visually-hidden">Documents of this case</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const sorted = column.sort === sort;
              return (
                <th key={column.sort} scope="col" aria-sort={sorted ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}>
                  <button type="button" className="sort-button" onClick={() => onSort(column.sort)}>
                    {column.label}
                    <span className="sort-icon" aria-hidden="true">{sorted ? (direction === 'asc' ? '▲' : '▼') : '↕'}</span>
                  </button>
                </th>
              );
            })}
            <th scope="col"><span className="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {documents.map((d) => (
            <DocumentRow key={d.id} document={d} mine={d.createdBy === me} canUpload={canUpload} actions={actions} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DocumentRow({ document: d, mine, canUpload, actions }: { document: OpenedDocument; mine: boolean; canUpload: boolean; actions: DocumentActions }) {
  const versionInput = useRef<HTMLInputElement>(null);
  const name = d.metadata?.name;
  return (
    <tr>
      <th scope="row">
        {name ? (
          <Button variant="link" onClick={() => actions.preview(d)}>{name}</Button>
        ) : (
          <span className="note-error">{d.problem === 'no-key' ? 'Waiting for the case key' : 'Cannot be verified'}</span>
        )}
        {d.metadata?.description && <span className="muted document-description">{d.metadata.description}</span>}
        {d.versions > 1 && (
          <Button variant="link" className="document-versions" onClick={() => actions.versions(d)}>
            Version {d.current.number} of {d.versions}
          </Button>
        )}
      </th>
      <td>{categoryLabel(d.category)}</td>
      <td>{formatSize(d.current.size)}</td>
      <td>{d.current.uploadedByName}</td>
      <td><time dateTime={d.current.uploadedAt}>{formatDate(d.current.uploadedAt, true)}</time></td>
      <td className="row-actions">
        <Button variant="secondary" disabled={!name} onClick={() => actions.download(d)} aria-label={`Download ${name ?? 'document'}`}>
          Download
        </Button>
        {canUpload && name && (
          <>
            <Button variant="link" onClick={() => versionInput.current?.click()}>New version</Button>
            <input
              ref={versionInput}
              type="file"
              hidden
              aria-label={`New version of ${name}`}
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) actions.newVersion(d, file);
                e.target.value = '';
              }}
            />
          </>
        )}
        {mine && <Button variant="link" onClick={() => actions.remove(d)} aria-label={`Delete ${name ?? 'document'}`}>Delete</Button>}
      </td>
    </tr>
  );
}
