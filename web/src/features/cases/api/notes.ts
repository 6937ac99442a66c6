import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Base64Url } from '../../../crypto';
import { api } from '../../../lib/api-client';
import { PreconditionFailedError } from '../../../lib/problem';
import type { NoteRevision, NoteVisibility, SealedNote } from '../../../types/api';
import { vault, VaultError, type KeyScope } from '../../../vault';
import { fromApiScope } from '../../case-keys/api/case-keys';
import { caseKeySync } from '../../case-keys/key-sharing';
import { latestGeneration } from '../../case-keys/planner';
import { caseKey } from './cases';

/** What a note that does not open says, whatever the reason: never garbage. */
export const CANNOT_VERIFY = 'This note cannot be verified.';
export const NO_KEY_YET = 'This note was written with a key you do not hold yet.';
/** 64 KiB of UTF-8: what the server's size limit leaves room for once sealed and encoded. */
export const MAX_NOTE_BYTES = 64 * 1024;

type Opened = { text: string | null; problem: 'cannot-verify' | 'no-key' | null };
export type OpenedNote = SealedNote & Opened;
export type OpenedRevision = NoteRevision & Opened;

/**
 * The envelope's kind names the note's version too: "note" or "memo" as first written, "note-v2" for
 * the second edit. A body the server puts under another version (an older revision as the current
 * text, or one revision for another) does not open (docs/decisions/0012).
 */
export const kindOf = (visibility: NoteVisibility, version: number) => {
  const kind = visibility === 'INTERNAL' ? 'memo' : 'note';
  return version === 0 ? kind : `${kind}-v${version}`;
};
const notesPath = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/notes`;
const notePath = (caseId: string, noteId: string) => `${notesPath(caseId)}/${encodeURIComponent(noteId)}`;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Opens one body in the vault with the key the server says sealed it (scope) and the generation its
 * envelope names, bound to this case, scope, kind and note id: a server that names another scope gets
 * "cannot be verified", not the text.
 */
async function openBody(caseId: string, noteId: string, scope: KeyScope, kind: string, body: string): Promise<Opened> {
  try {
    const { plaintext } = await vault().openContent({ caseId, scope, kind, objectId: noteId }, Base64Url.decode(body));
    return { text: strictUtf8.decode(plaintext), problem: null };
  } catch (error) {
    if (error instanceof VaultError && error.kind === 'locked') throw error;
    const problem = error instanceof VaultError && error.kind === 'no-key' ? 'no-key' : 'cannot-verify';
    return { text: null, problem };
  }
}

async function openNote(caseId: string, note: SealedNote): Promise<OpenedNote> {
  const kind = kindOf(note.visibility, note.version);
  return { ...note, ...(await openBody(caseId, note.id, fromApiScope(note.scope), kind, note.body)) };
}

/**
 * Shared notes and my side's internal memos, opened in the vault. `held` (the generations the vault
 * holds) is part of the key: when a key arrives, the notes open again.
 */
export function useNotes(caseId: string, held: string, enabled: boolean) {
  return useQuery({
    queryKey: [...caseKey(caseId), 'notes', held],
    queryFn: async () => {
      const notes = await api.get<SealedNote[]>(notesPath(caseId));
      return Promise.all(notes.map((note) => openNote(caseId, note)));
    },
    enabled,
    // Opening the tab shows what others wrote, edited or deleted since; while it is open, every 15 s.
    staleTime: 0,
    refetchInterval: 15_000,
  });
}

/** The earlier versions of a note, newest first, opened in the vault. */
export function useNoteRevisions(caseId: string, note: SealedNote, held: string) {
  return useQuery({
    queryKey: [...caseKey(caseId), 'notes', note.id, 'revisions', note.version, held],
    queryFn: async () => {
      const revisions = await api.get<NoteRevision[]>(`${notePath(caseId, note.id)}/revisions`);
      return Promise.all(
        revisions.map(async (r) => ({
          ...r,
          ...(await openBody(caseId, note.id, fromApiScope(r.scope), kindOf(note.visibility, r.version), r.body)),
        })),
      );
    },
  });
}

export class KeyNotAvailableError extends Error {
  constructor() {
    super('The key is not available in this browser yet. Wait for a member of the case to share it, then try again.');
  }
}

/** Someone changed the note since this browser read it: the note as it is now, opened, to compare with. */
export class NoteConflictError extends Error {
  readonly current: OpenedNote;

  constructor(current: OpenedNote) {
    super('This note was changed in the meantime.');
    this.current = current;
  }
}

/**
 * The key a note of this visibility is sealed with, at its latest generation, which this browser must
 * hold: the case key for a shared note; for a memo, my side's memo key, the one memo scope the server
 * lets me hold (the other side never receives it).
 */
async function sealingKey(caseId: string, visibility: NoteVisibility): Promise<{ scope: KeyScope; generation: number }> {
  const keys = await caseKeySync().syncCase(caseId);
  const memos = keys.view.scopes?.map(fromApiScope).find((s) => s === 'requester-memos' || s === 'provider-memos');
  const scope: KeyScope | undefined = visibility === 'INTERNAL' ? memos : 'case';
  const latest = scope ? latestGeneration(keys.view, scope) : null;
  if (!scope || latest === null || !keys.held.some((k) => k.scope === scope && k.generation === latest)) {
    throw new KeyNotAvailableError();
  }
  return { scope, generation: latest };
}

/** A 412 carries the current note (`current`); it is opened here so that both versions can be shown. */
async function conflictOr(caseId: string, error: unknown): Promise<never> {
  const current = error instanceof PreconditionFailedError ? (error.body as { current?: SealedNote } | undefined)?.current : undefined;
  if (current && typeof current.body === 'string' && typeof current.version === 'number') {
    throw new NoteConflictError(await openNote(caseId, current));
  }
  throw error;
}

/**
 * Seals a note with the latest generation of its key (rotating first if a member left) and
 * stores it. The id is made here, before sealing, because the envelope is bound to it.
 */
export function useAddNote(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ text, visibility }: { text: string; visibility: NoteVisibility }) => {
      const { scope, generation } = await sealingKey(caseId, visibility);
      const id = globalThis.crypto.randomUUID();
      const ref = { caseId, scope, kind: kindOf(visibility, 0), objectId: id };
      const { envelope } = await vault().sealContent(ref, new TextEncoder().encode(text), generation);
      return api.post<SealedNote>(notesPath(caseId), { id, visibility, body: Base64Url.encode(envelope) });
    },
    // Not awaited: the form clears at once, not after the list reloaded (someone may be typing the next note).
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...caseKey(caseId), 'notes'] }),
  });
}

/**
 * Seals the new text for the next version and replaces the note's body, naming the version it was based
 * on. A 412 becomes a NoteConflictError with the current note.
 */
export function useEditNote(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ note, text }: { note: SealedNote; text: string }) => {
      const { scope, generation } = await sealingKey(caseId, note.visibility);
      const ref = { caseId, scope, kind: kindOf(note.visibility, note.version + 1), objectId: note.id };
      const { envelope } = await vault().sealContent(ref, new TextEncoder().encode(text), generation);
      return api
        .put<SealedNote>(notePath(caseId, note.id), { body: Base64Url.encode(envelope) }, { version: note.version })
        .catch((error: unknown) => conflictOr(caseId, error));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...caseKey(caseId), 'notes'] }),
  });
}

/** Deletes the note as this browser last saw it; a 412 becomes a NoteConflictError with the current note. */
export function useDeleteNote(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (note: SealedNote) =>
      api.delete(notePath(caseId, note.id), { version: note.version }).catch((error: unknown) => conflictOr(caseId, error)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...caseKey(caseId), 'notes'] }),
  });
}
