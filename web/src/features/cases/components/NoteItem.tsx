import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { Dialog } from '../../../components/ui/Dialog';
import { TextArea } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { Loading } from '../../../components/ui/Notice';
import { errorMessage } from '../../../lib/error-message';
import { formatDate } from '../../../lib/labels';
import { VaultError } from '../../../vault';
import {
  CANNOT_VERIFY,
  KeyNotAvailableError,
  MAX_NOTE_BYTES,
  NO_KEY_YET,
  NoteConflictError,
  useDeleteNote,
  useEditNote,
  useNoteRevisions,
  type OpenedNote,
} from '../api/notes';
import { MarkdownText } from '../markdown/MarkdownText';

export const MEMO_LABEL = 'Internal memo — only your side sees it';

type Props = { caseId: string; note: OpenedNote; names: Map<string, string>; mine: boolean; held: string };

/** One note or memo: its text, who wrote it and when, and for its author Edit and Delete; for all its history. */
export function NoteItem({ caseId, note, names, mine, held }: Props) {
  const [editing, setEditing] = useState(false);
  const [history, setHistory] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const author = names.get(note.authorId) ?? 'A former member';
  const headingId = `note-${note.id}`;

  return (
    <li className={note.problem ? 'note note-problem' : 'note'}>
      <article aria-labelledby={headingId}>
        <header className="note-header" id={headingId}>
          <span className="note-author">{author}</span>
          <time dateTime={note.createdAt}>{formatDate(note.createdAt, true)}</time>
          {note.version > 0 && (
            <span className="note-edited">
              edited <time dateTime={note.updatedAt}>{formatDate(note.updatedAt, true)}</time>
            </span>
          )}
          {note.visibility === 'INTERNAL' && <span className="badge badge-memo">{MEMO_LABEL}</span>}
        </header>
        {editing && note.text !== null ? (
          <NoteEditor caseId={caseId} note={note} onDone={() => setEditing(false)} />
        ) : (
          <NoteBody text={note.text} problem={note.problem} />
        )}
        {!editing && (
          <div className="note-actions">
            {mine && note.text !== null && (
              <Button variant="link" onClick={() => setEditing(true)}>Edit</Button>
            )}
            {mine && <Button variant="link" onClick={() => setDeleting(true)}>Delete</Button>}
            {note.version > 0 && (
              <Button variant="link" aria-expanded={history} onClick={() => setHistory(!history)}>
                {history ? 'Hide earlier versions' : 'Earlier versions'}
              </Button>
            )}
          </div>
        )}
        {history && <NoteHistory caseId={caseId} note={note} names={names} held={held} />}
      </article>
      <DeleteNote caseId={caseId} note={note} open={deleting} onClose={() => setDeleting(false)} />
    </li>
  );
}

function NoteBody({ text, problem }: Pick<OpenedNote, 'text' | 'problem'>) {
  if (text !== null) return <MarkdownText className="note-body" text={text} />;
  return <p className="note-body note-error">{problem === 'no-key' ? NO_KEY_YET : CANNOT_VERIFY}</p>;
}

/**
 * Edits the note in place. When someone saved another version meanwhile, shows theirs next to this one
 * and lets the writer apply theirs on top of the current version, or keep the current one.
 */
function NoteEditor({ caseId, note, onDone }: { caseId: string; note: OpenedNote; onDone: () => void }) {
  const edit = useEditNote(caseId);
  const [text, setText] = useState(note.text ?? '');
  const [base, setBase] = useState<OpenedNote>(note);
  const [textError, setTextError] = useState<string>();
  const conflict = edit.error instanceof NoteConflictError && !edit.isPending ? edit.error.current : null;

  function save(on: OpenedNote) {
    const error = !text.trim()
      ? 'Write the note first.'
      : new TextEncoder().encode(text).length > MAX_NOTE_BYTES
        ? 'The note is too long: at most 64 KB of text.'
        : undefined;
    setTextError(error);
    if (error) return;
    setBase(on);
    edit.mutate({ note: on, text }, { onSuccess: onDone });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    save(base);
  }

  return (
    <form className="form note-editor" onSubmit={submit} noValidate aria-busy={edit.isPending || undefined}>
      <TextArea label="Edit note" value={text} onChange={(e) => setText(e.target.value)} rows={5} required error={textError}
        hint="Markdown: **bold**, *italic*, `code`, lists with - or 1., [links](https://…)." />
      {conflict ? (
        <div role="alert" className="alert alert-warning note-conflict">
          <p>This note was changed while you were editing it (perhaps in another tab). Compare the two versions:</p>
          <div className="note-compare">
            <section aria-label="Your version">
              <h3>Your version</h3>
              <MarkdownText className="note-body" text={text} />
            </section>
            <section aria-label="Current version">
              <h3>
                Current version, saved <time dateTime={conflict.updatedAt}>{formatDate(conflict.updatedAt, true)}</time>
              </h3>
              <NoteBody text={conflict.text} problem={conflict.problem} />
            </section>
          </div>
          <div className="form-actions">
            <Button onClick={() => save(conflict)}>Save my version over it</Button>
            <Button variant="secondary" onClick={onDone}>Keep the current version</Button>
          </div>
        </div>
      ) : (
        edit.error !== null && !edit.isPending && (
          <div role="alert" className="alert alert-error">
            <p>{noteErrorMessage(edit.error)}</p>
          </div>
        )
      )}
      <p role="status" className="field-hint">{edit.isPending ? 'Encrypting and saving…' : ''}</p>
      {!conflict && (
        <div className="form-actions">
          <Button type="submit" busy={edit.isPending}>Save changes</Button>
          <Button variant="secondary" onClick={onDone} disabled={edit.isPending}>Cancel</Button>
        </div>
      )}
    </form>
  );
}

/** The earlier versions, newest first, each opened in this browser. */
function NoteHistory({ caseId, note, names, held }: Omit<Props, 'mine'>) {
  const revisions = useNoteRevisions(caseId, note, held);
  if (revisions.isPending) return <Loading what="Decrypting earlier versions…" />;
  if (revisions.isError) return <FormError error={revisions.error} />;
  return (
    <section className="note-history" aria-label="Earlier versions">
      <h3>Earlier versions</h3>
      <ol>
        {revisions.data.map((revision) => (
          <li key={revision.version}>
            <p className="note-header">
              <span className="note-author">{names.get(revision.writtenBy) ?? 'A former member'}</span>
              <time dateTime={revision.writtenAt}>{formatDate(revision.writtenAt, true)}</time>
            </p>
            <NoteBody text={revision.text} problem={revision.problem} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function DeleteNote({ caseId, note, open, onClose }: { caseId: string; note: OpenedNote; open: boolean; onClose: () => void }) {
  const remove = useDeleteNote(caseId);
  const what = note.visibility === 'INTERNAL' ? 'memo' : 'note';
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Dialog title={`Delete this ${what}?`} open={open} onClose={close}>
      <p>Nobody on the case will see it or its earlier versions any more.</p>
      {remove.error !== null && !remove.isPending && (
        <div role="alert" className="alert alert-error">
          <p>
            {remove.error instanceof NoteConflictError
              ? `The ${what} was changed in the meantime. Close this and read the current version before deleting it.`
              : noteErrorMessage(remove.error)}
          </p>
        </div>
      )}
      <div className="form-actions">
        <Button variant="danger" busy={remove.isPending} onClick={() => remove.mutate(note, { onSuccess: close })}>
          Delete {what}
        </Button>
        <Button variant="secondary" onClick={close}>Keep it</Button>
      </div>
    </Dialog>
  );
}

export function noteErrorMessage(error: unknown): string {
  if (error instanceof KeyNotAvailableError) return error.message;
  if (error instanceof VaultError) {
    return error.kind === 'locked' ? 'Your vault locked meanwhile. Unlock it and try again.' : 'The note could not be encrypted. Try again.';
  }
  return errorMessage(error);
}
