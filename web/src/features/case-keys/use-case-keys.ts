import { useQuery } from '@tanstack/react-query';
import { useVaultStatus, type KeyScope } from '../../vault';
import { caseKeySync } from './key-sharing';
import { latestGeneration } from './planner';
import type { CaseKeyState } from './sync';

export const caseKeysQueryPrefix = ['case-keys'] as const;

/** Polls faster while waiting for a key, slower once the latest generation is here. */
const WAITING_MS = 4_000;
const SETTLED_MS = 15_000;

/**
 * One case's keys, brought up to date in the vault on every fetch (grants opened, pending members
 * fulfilled, a due generation created). Only while the vault is unlocked.
 */
export function useCaseKeys(caseId: string) {
  const status = useVaultStatus();
  return useQuery({
    queryKey: [...caseKeysQueryPrefix, caseId, status.accountId, status.fingerprint],
    queryFn: () => caseKeySync().syncCase(caseId),
    enabled: status.unlocked,
    staleTime: 0,
    refetchInterval: (query) => (holdsLatest(query.state.data, 'case') ? SETTLED_MS : WAITING_MS),
  });
}

/** Whether the vault holds the latest generation of a scope: new content can be sealed, recent content opened. */
export function holdsLatest(state: CaseKeyState | undefined, scope: KeyScope): boolean {
  if (!state) return false;
  const latest = latestGeneration(state.view, scope);
  return latest !== null && state.held.some((key) => key.scope === scope && key.generation === latest);
}

/** The generations held of a scope, as a stable string (a query key part: notes open again when it changes). */
export function heldSignature(state: CaseKeyState | undefined, scope: KeyScope): string {
  return (state?.held ?? [])
    .filter((key) => key.scope === scope)
    .map((key) => key.generation)
    .join(',');
}
