import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Base64Url } from '../../../crypto';
import { api } from '../../../lib/api-client';
import type { NoteVisibility, SealedNote } from '../../../types/api';
import { vault, VaultError } from '../../../vault';
import { caseKeySync } from '../../case-keys/key-sharing';
import { latestGeneration } from '../../case-keys/planner';
import { caseKey } from './cases';

/** What a note that does not open says, whatever the reason: never garbage. */
export const CANNOT_VERIFY = 'This note cannot be verified.';
export const NO_KEY_YET = 'This note was written with a case key you do not hold yet.';
/** 64 KiB of UTF-8: what the server's size limit leaves room for once sealed and encoded. */
export const MAX_NOTE_BYTES = 64 * 1024;

export type OpenedNote = SealedNote & { text: string | null; problem: 'cannot-verify' | 'no-key' | null };

const kindOf = (visibility: NoteVisibility) => (visibility === 'INTERNAL' ? 'memo' : 'note');
const notesPath = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/notes`;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Opens one note in the vault with the generation its envelope names, bound to this case, kind and note id. */
async function openNote(caseId: string, note: SealedNote): Promise<OpenedNote> {
  try {
    const { plaintext } = await vault().openContent(
      { caseId, scope: 'case', kind: kindOf(note.visibility), objectId: note.id },
      Base64Url.decode(note.body),
    );
    return { ...note, text: strictUtf8.decode(plaintext), problem: null };
  } catch (error) {
    if (error instanceof VaultError && error.kind === 'locked') throw error;
    const problem = error instanceof VaultError && error.kind === 'no-key' ? 'no-key' : 'cannot-verify';
    return { ...note, text: null, problem };
  }
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
    refetchInterval: 15_000,
  });
}

export class KeyNotAvailableError extends Error {
  constructor() {
    super('The case key is not available in this browser yet. Wait for a case member to share it, then try again.');
  }
}

/**
 * Seals a note with the latest generation of the case key (rotating first if a member left) and
 * stores it. The id is made here, before sealing, because the envelope is bound to it.
 */
export function useAddNote(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ text, visibility }: { text: string; visibility: NoteVisibility }) => {
      const keys = await caseKeySync().syncCase(caseId);
      const latest = latestGeneration(keys.view, 'case');
      if (latest === null || !keys.held.some((k) => k.scope === 'case' && k.generation === latest)) {
        throw new KeyNotAvailableError();
      }
      const id = globalThis.crypto.randomUUID();
      const ref = { caseId, scope: 'case' as const, kind: kindOf(visibility), objectId: id };
      const { envelope } = await vault().sealContent(ref, new TextEncoder().encode(text), latest);
      return api.post<SealedNote>(notesPath(caseId), { id, visibility, body: Base64Url.encode(envelope) });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...caseKey(caseId), 'notes'] }),
  });
}
