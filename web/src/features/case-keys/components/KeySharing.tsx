import { caseKeySync } from '../key-sharing';
import { useBackgroundRounds } from '../use-background-rounds';

/** Every this many rounds, every case with key work is checked (first generations, rotations), not only pending grants. */
const FULL_SCAN_EVERY = 10;

/**
 * Shares case keys in the background while the vault is unlocked for `me`: at unlock every case with
 * work is brought up to date, then every 30 s the pending grants this browser can fulfil are fulfilled,
 * and every 5 minutes the full check runs again. Nobody waits for one particular person. Renders nothing.
 */
export function KeySharing({ me }: { me: string }) {
  useBackgroundRounds(me, (previous) =>
    previous % FULL_SCAN_EVERY === 0 ? caseKeySync().syncAllCases() : caseKeySync().shareAllPending(),
  );
  return null;
}
