import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Me } from '../../../types/api';
import { isVaultShared, lockVault, useVaultStatus, vault, watchIdle } from '../../../vault';
import { keysMutationKey, myKeysQueryOptions } from '../api/keys';

const VERSION_CHECK_MS = 60_000;

/**
 * Keeps the vault honest while someone is signed in: learns whether another tab already unlocked
 * a shared vault, locks it when idle, when it holds another account's keys, and when the keys'
 * version on the server moved (passphrase changed or keys reset in another session). Renders nothing.
 */
export function VaultWatch({ me }: { me: Me }) {
  const status = useVaultStatus();
  const queryClient = useQueryClient();

  useEffect(() => {
    if (isVaultShared()) void vault().refresh().catch(() => undefined);
  }, []);

  useEffect(() => watchIdle(), []);

  useEffect(() => {
    if (status.unlocked && status.accountId !== me.id) void lockVault('signed-out');
  }, [status.unlocked, status.accountId, me.id]);

  useEffect(() => {
    if (!status.unlocked) return;
    const settled = () => !vault().busy && queryClient.isMutating({ mutationKey: keysMutationKey }) === 0;
    const check = async () => {
      if (!settled()) return;
      // A 401 here ends the session (and locks) through the query client's error handling.
      const keys = await queryClient.fetchQuery({ ...myKeysQueryOptions(), staleTime: 0 }).catch(() => undefined);
      const current = vault().status;
      if (keys === undefined || !current.unlocked || !settled()) return;
      if (keys !== null && keys.version === current.version) return;
      // Only tabs holding another version lock: this one now, the others when they hear of it.
      await vault().lock('keys-changed', { broadcast: false });
      vault().announceKeysChanged(keys?.version ?? -1);
    };
    const onVisible = () => document.visibilityState === 'visible' && void check();
    const onFocus = () => void check();
    const timer = setInterval(onFocus, VERSION_CHECK_MS);
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [status.unlocked, queryClient]);

  return null;
}
