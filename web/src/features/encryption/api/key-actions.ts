// The flows that combine the vault (which makes and opens wraps) with the keys API (which stores
// them): the vault's new state is committed only once the server has accepted what it made.
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { vault, type Stage } from '../../../vault';
import { sessionKey } from '../../session/api/get-session';
import { getMyKeys, keysMutationKey, myKeysKey, myKeysQueryOptions, putKeys, putPassphraseWrap, putRecoveryWrap, resetKeys, type KeysView } from './keys';

type OnStage = (stage: Stage) => void;

export type CreatedKeys = {
  view: KeysView;
  /** To show on the kit; uploaded (as its wrap) only once the person says the kit is stored. */
  recoveryCode?: string;
  recoveryWrap?: string;
};

function stored(queryClient: QueryClient, view: KeysView) {
  queryClient.setQueryData(myKeysKey, view);
}

/** Setup (onboarding step 3, or Settings for whoever skipped it) and reset (forgot, no kit). */
export function useCreateKeys(mode: 'setup' | 'reset') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...keysMutationKey, mode],
    mutationFn: async ({ accountId, passphrase, onStage }: { accountId: string; passphrase: string; onStage: OnStage }) => {
      const client = vault();
      const make = mode === 'setup' ? client.setUp.bind(client) : client.reset.bind(client);
      // A reset replaces the keys the server holds now; If-Match names them, so two racing resets cannot both win.
      const replacing = mode === 'reset' ? await getMyKeys() : null;
      const made = await make(accountId, passphrase, { withRecoveryKit: true }, onStage);
      onStage('save');
      try {
        const upload = { publicKeys: made.publicKeys, privateKeys: made.privateKeys, passphraseWrap: made.passphraseWrap, recoveryWrap: null };
        const view = mode === 'setup' ? await putKeys(upload) : await resetKeys(upload, replacing?.version ?? 0);
        await client.commit(view.version);
        if (mode === 'reset') client.announceKeysChanged(view.version);
        return { view, recoveryCode: made.recoveryCode, recoveryWrap: made.recoveryWrap } satisfies CreatedKeys;
      } catch (error) {
        await client.discard().catch(() => undefined);
        throw error;
      }
    },
    onSuccess: ({ view }) => {
      stored(queryClient, view);
      // The server marked onboarding's encryption step done.
      void queryClient.invalidateQueries({ queryKey: sessionKey });
    },
  });
}

/** Uploads a recovery kit's wrap once the person has stored the kit; the previous kit stops working. */
export function useSaveRecoveryKit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...keysMutationKey, 'recovery'],
    mutationFn: async ({ recoveryWrap, version }: { recoveryWrap: string; version: number }) => {
      const view = await putRecoveryWrap(recoveryWrap, version);
      await vault().commit(view.version).catch(() => undefined);
      return view;
    },
    onSuccess: (view) => stored(queryClient, view),
  });
}

/** A new recovery code and wrap, made in the vault (needs the passphrase); saved by useSaveRecoveryKit. */
export function useNewRecoveryKit() {
  return useMutation({
    mutationKey: [...keysMutationKey, 'new-kit'],
    mutationFn: ({ passphrase, keys, onStage }: { passphrase: string; keys: KeysView; onStage?: OnStage }) =>
      vault().newRecoveryKit(passphrase, keys, onStage),
  });
}

export function useChangePassphrase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...keysMutationKey, 'passphrase'],
    mutationFn: async ({ current, next, keys, onStage }: { current: string; next: string; keys: KeysView; onStage?: OnStage }) => {
      const client = vault();
      const { passphraseWrap } = await client.changePassphrase(current, next, keys, onStage);
      onStage?.('save');
      const view = await putPassphraseWrap(passphraseWrap, keys.version);
      await client.commit(view.version);
      client.announceKeysChanged(view.version);
      return view;
    },
    onSuccess: (view) => stored(queryClient, view),
  });
}

/** Forgot the passphrase, kept the kit: the same keys under a new passphrase. */
export function useRecover() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...keysMutationKey, 'recover'],
    mutationFn: async ({ recoveryCode, passphrase, keys, onStage }: { recoveryCode: string; passphrase: string; keys: KeysView; onStage?: OnStage }) => {
      const client = vault();
      const { passphraseWrap } = await client.recover(recoveryCode, passphrase, keys, onStage);
      onStage?.('save');
      try {
        const view = await putPassphraseWrap(passphraseWrap, keys.version);
        await client.commit(view.version);
        client.announceKeysChanged(view.version);
        return view;
      } catch (error) {
        await client.discard().catch(() => undefined);
        throw error;
      }
    },
    onSuccess: (view) => stored(queryClient, view),
  });
}

/** Unlocks; when the stored iteration count is below today's, uploads the re-wrap the vault made. */
export function useUnlock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...keysMutationKey, 'unlock'],
    mutationFn: async ({ passphrase, keys: cached, onStage }: { passphrase: string; keys: KeysView; onStage?: OnStage }) => {
      const client = vault();
      // The wrap as stored now: a passphrase changed elsewhere must not unlock with the old one.
      const keys = (await queryClient.fetchQuery({ ...myKeysQueryOptions(), staleTime: 0 }).catch(() => cached)) ?? cached;
      const { rewrapped } = await client.unlock(passphrase, keys, onStage);
      if (!rewrapped) return keys;
      try {
        const view = await putPassphraseWrap(rewrapped, keys.version);
        await client.commit(view.version);
        return view;
      } catch {
        return keys; // The old wrap still works; the next unlock tries again.
      }
    },
    onSuccess: (view) => stored(queryClient, view),
  });
}
