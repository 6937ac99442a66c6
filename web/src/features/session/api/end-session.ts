import type { QueryClient } from '@tanstack/react-query';
import { setFlash, type Flash } from '../../../lib/flash';
import { lockVault } from '../../../vault';
import { sessionKey } from './get-session';

/**
 * Forgets everything fetched for the person and marks them signed out, so that the route guard
 * sends them to the sign-in page, where the flash message is shown.
 */
export function endSession(queryClient: QueryClient, flash: Flash | null) {
  queryClient.removeQueries({ predicate: (query) => !['session', 'setup'].includes(String(query.queryKey[0])) });
  queryClient.setQueryData(sessionKey, null);
  setFlash(flash);
}

/**
 * A deliberate sign-out locks the vault in every tab (a shared vault outlives this page) and
 * reloads the app at the sign-in page: nothing of the previous person's data or keys survives.
 */
export async function leaveToSignIn() {
  await lockVault('signed-out').catch(() => undefined);
  window.location.assign('/signin');
}
