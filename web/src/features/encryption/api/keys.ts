import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { NotFoundError } from '../../../lib/problem';
import type { StoredKeys } from '../../../vault';

/** GET /api/me/keys: the person's public keys, wraps and fingerprint, as the server stores them. */
export type KeysView = StoredKeys;

export type KeysUpload = {
  publicKeys: string;
  privateKeys: string;
  passphraseWrap: string;
  recoveryWrap?: string | null;
};

export const myKeysKey = ['keys', 'me'] as const;
/** Every mutation of the person's keys carries this key, so the version check can wait for them. */
export const keysMutationKey = ['keys'] as const;

/** The person's keys, or null when they have not set up encryption (404 ".../no-keys"). */
export async function getMyKeys(): Promise<KeysView | null> {
  try {
    return await api.get<KeysView>('/api/me/keys');
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export const myKeysQueryOptions = () => queryOptions({ queryKey: myKeysKey, queryFn: getMyKeys, staleTime: 60_000 });

export const useMyKeys = () => useQuery(myKeysQueryOptions());

/** First setup; the server marks onboarding's encryption step done. 409 ".../keys-exist" if already set up. */
export const putKeys = (keys: KeysUpload) => api.put<KeysView>('/api/me/keys', keys);

export const putPassphraseWrap = (passphraseWrap: string, version: number) =>
  api.put<KeysView>('/api/me/keys/passphrase', { passphraseWrap }, { version });

/** A new recovery kit's wrap, or null to remove the kit. */
export const putRecoveryWrap = (recoveryWrap: string | null, version: number) =>
  api.put<KeysView>('/api/me/keys/recovery', { recoveryWrap }, { version });

/** Forgot the passphrase, no kit: a new key pair; memberships fall back to pending. */
export const resetKeys = (keys: KeysUpload, version: number) =>
  api.post<KeysView>('/api/me/keys/reset', { ...keys, confirmDataLoss: true }, { version });

/** 64 hex digits as 16 groups of 4, as people compare them. */
export function formatFingerprint(hex: string): string {
  return (hex.toUpperCase().match(/.{1,4}/g) ?? []).join(' ');
}
