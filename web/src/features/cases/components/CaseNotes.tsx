import type { UseQueryResult } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { SelectField, TextArea } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { Loading } from '../../../components/ui/Notice';
import { Section } from '../../../components/ui/Page';
import { errorMessage } from '../../../lib/error-message';
import { formatDate } from '../../../lib/labels';
import type { CaseView, NoteVisibility } from '../../../types/api';
import { VaultError } from '../../../vault';
import { WaitingForKey } from '../../case-keys/components/WaitingForKey';
import type { CaseKeyState } from '../../case-keys/sync';
import { heldSignature, holdsLatest } from '../../case-keys/use-case-keys';
import { CANNOT_VERIFY, KeyNotAvailableError, MAX_NOTE_BYTES, NO_KEY_YET, useAddNote, useNotes, type OpenedNote } from '../api/notes';

type Props = { view: CaseView; keys: UseQueryResult<CaseKeyState> };

/** Shared notes and internal memos, sealed and opened in this browser with the case key. */
export function CaseNotes({ view, keys }: Props) {
  const caseId = view.summary.id;
  const state = keys.data;
  const heldAny = heldSignature(state, 'case') !== '';
  const notes = useNotes(caseId, heldSignature(state, 'case'), heldAny);
  const ready = holdsLatest(state, 'case');

  return (
    <>
      <Section title="Notes" intro="Notes are encrypted in your browser. Internal memos are visible only to your side of the case.">
        {keys.isPending && <Loading what="Opening the case key…" />}
        {keys.isError && !state && <FormError error={keys.error} />}
        {state && !ready && <WaitingForKey />}
        {heldAny && notes.isPending && <Loading what="Decrypting notes…" />}
        {notes.isError && <FormError error={notes.error} />}
        {notes.data && <NoteList notes={notes.data} view={view} />}
      </Section>
      {ready && <NoteForm caseId={caseId} />}
    </>
  );
}

function NoteList({ notes, view }: { notes: OpenedNote[]; view: CaseView }) {
  if (!notes.length) return <p className="empty">No notes yet.</p>;
  const names = new Map(view.members.map((m) => [m.accountId, m.fullName]));
  return (
    <ol className="notes">
      {notes.map((note) => (
        <li key={note.id} className={note.problem ? 'note note-problem' : 'note'}>
          <article aria-labelledby={`note-${note.id}`}>
            <header className="note-header" id={`note-${note.id}`}>
              <span className="note-author">{names.get(note.authorId) ?? 'A former member'}</span>
              <time dateTime={note.createdAt}>{formatDate(note.createdAt, true)}</time>
              {note.visibility === 'INTERNAL' && <span className="badge">Internal memo</span>}
            </header>
            {note.problem === null ? (
              <p className="note-body">{note.text}</p>
            ) : (
              <p className="note-body note-error">{note.problem === 'no-key' ? NO_KEY_YET : CANNOT_VERIFY}</p>
            )}
          </article>
        </li>
      ))}
    </ol>
  );
}

function NoteForm({ caseId }: { caseId: string }) {
  const add = useAddNote(caseId);
  const [text, setText] = useState('');
  const [visibility, setVisibility] = useState<NoteVisibility>('SHARED');
  const [textError, setTextError] = useState<string>();
  const [done, setDone] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    setDone('');
    const error = !text.trim()
      ? 'Write the note first.'
      : new TextEncoder().encode(text).length > MAX_NOTE_BYTES
        ? 'The note is too long: at most 64 KB of text.'
        : undefined;
    setTextError(error);
    if (error) return;
    add.mutate(
      { text, visibility },
      {
        onSuccess: () => {
          setText('');
          setDone(visibility === 'INTERNAL' ? 'Internal memo added.' : 'Note added.');
        },
      },
    );
  }

  return (
    <Section title="Add a note">
      <form className="form" onSubmit={submit} noValidate aria-busy={add.isPending || undefined}>
        <TextArea label="Note" value={text} onChange={(e) => setText(e.target.value)} rows={5} required error={textError} />
        <SelectField label="Visible to" value={visibility} onChange={(e) => setVisibility(e.target.value as NoteVisibility)}>
          <option value="SHARED">Both sides</option>
          <option value="INTERNAL">My side only (internal memo)</option>
        </SelectField>
        {add.error !== null && !add.isPending && (
          <div role="alert" className="alert alert-error">
            <p>{noteErrorMessage(add.error)}</p>
          </div>
        )}
        <p role="status" className="field-hint">{add.isPending ? 'Encrypting and saving…' : done}</p>
        <div className="form-actions">
          <Button type="submit" busy={add.isPending}>Add note</Button>
        </div>
      </form>
    </Section>
  );
}

function noteErrorMessage(error: unknown): string {
  if (error instanceof KeyNotAvailableError) return error.message;
  if (error instanceof VaultError) {
    return error.kind === 'locked' ? 'Your vault locked meanwhile. Unlock it and try again.' : 'The note could not be encrypted. Try again.';
  }
  return errorMessage(error);
}
