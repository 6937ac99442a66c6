import { useQuery } from '@tanstack/react-query';
import type { CaseMember } from '../../types/api';
import { getPublicKeys } from './api/case-keys';
import { pinStore } from './key-sharing';

/** A member's published fingerprint (64 hex digits), or null when they have not set up encryption. */
export type MemberFingerprints = Record<string, string | null>;

/**
 * The current fingerprint of every member of a case, remembered as seen (a change is flagged by
 * the pins until verified). Refreshed every 30 s while the case is open, so a reset shows up.
 */
export function useMemberFingerprints(caseId: string, me: string, members: readonly CaseMember[]) {
  const ids = members.map((m) => m.accountId).sort();
  return useQuery({
    queryKey: ['cases', 'detail', caseId, 'fingerprints', ids.join(',')],
    queryFn: async () => {
      const found = await Promise.all(ids.map((id) => getPublicKeys(id)));
      const result: MemberFingerprints = {};
      found.forEach((keys, index) => {
        result[ids[index]] = keys?.fingerprint.toUpperCase() ?? null;
        if (keys) pinStore(me).observe(ids[index], keys.fingerprint);
      });
      return result;
    },
    refetchInterval: 30_000,
  });
}
