import type { UseQueryResult } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { SelectField, TextArea } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { Loading } from '../../../components/ui/Notice';
import { Section } from '../../../components/ui/Page';
import { useUnsaved } from '../../../lib/unsaved';
import type { CaseView, NoteVisibility } from '../../../types/api';
import { WaitingForKey } from '../../case-keys/components/WaitingForKey';
import type { CaseKeyState } from '../../case-keys/sync';
import { heldSignature, holdsLatest } from '../../case-keys/use-case-keys';
import { useMe } from '../../session/api/get-session';
import { MAX_NOTE_BYTES, useAddNote, useNotes, type OpenedNote } from '../api/notes';
import { NoteItem, noteErrorMessage } from './NoteItem';

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
        {notes.data && <NoteList notes={notes.data} view={view} held={heldSignature(state, 'case')} />}
      </Section>
      {ready && <NoteForm caseId={caseId} />}
    </>
  );
}

function NoteList({ notes, view, held }: { notes: OpenedNote[]; view: CaseView; held: string }) {
  const me = useMe();
  if (!notes.length) return <p className="empty">No notes yet.</p>;
  const names = new Map(view.members.map((m) => [m.accountId, m.fullName]));
  return (
    <ol className="notes">
      {notes.map((note) => (
        <NoteItem key={note.id} caseId={view.summary.id} note={note} names={names} mine={note.authorId === me.id} held={held} />
      ))}
    </ol>
  );
}

function NoteForm({ caseId }: { caseId: string }) {
  const add = useAddNote(caseId);
  // Kept while one looks at another tab of the case.
  const [text, setText] = useUnsaved(`note:${caseId}`, '');
  const [visibility, setVisibility] = useUnsaved<NoteVisibility>(`note-visibility:${caseId}`, 'SHARED');
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
    // The form empties at once, so whatever is typed next is never wiped by this note's answer; a note
    // that fails comes back into the form unless something new was typed meanwhile.
    const submitted = text;
    setText('');
    // The promise rather than mutate's callbacks, which do not run once the form is gone: a note that fails
    // while the person looks at another tab is back in the form when they return.
    add
      .mutateAsync({ text: submitted, visibility })
      .then(() => setDone(visibility === 'INTERNAL' ? 'Internal memo added.' : 'Note added.'))
      .catch(() => setText((current) => current || submitted));
  }

  return (
    <Section title="Add a note">
      <form className="form" onSubmit={submit} noValidate aria-busy={add.isPending || undefined}>
        <TextArea label="Note" value={text} onChange={(e) => setText(e.target.value)} rows={5} required error={textError}
          hint="Markdown: **bold**, *italic*, `code`, lists with - or 1., [links](https://…)." />
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
