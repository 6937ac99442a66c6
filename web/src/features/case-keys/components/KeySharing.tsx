import { useEffect } from 'react';
import { useVaultStatus } from '../../../vault';
import { caseKeySync, sharingIntervalMs } from '../key-sharing';

/** Every this many rounds, all cases are checked (first generations, rotations), not only pending grants. */
const FULL_SCAN_EVERY = 10;

/**
 * Shares case keys in the background while the vault is unlocked for `me`: at unlock every case
 * is brought up to date, then every 30 s the pending grants this browser can fulfil are fulfilled,
 * and every 5 minutes all cases are checked again. Nobody waits for one particular person. Renders nothing.
 */
export function KeySharing({ me }: { me: string }) {
  const status = useVaultStatus();
  const active = status.unlocked && status.accountId === me;

  useEffect(() => {
    if (!active) return;
    let running = false;
    let round = 0;
    const run = async () => {
      if (running) return;
      running = true;
      const full = round++ % FULL_SCAN_EVERY === 0;
      try {
        await (full ? caseKeySync().syncAllCases() : caseKeySync().shareAllPending());
      } catch {
        // Locked, signed out or offline: the next round tries again.
      } finally {
        running = false;
      }
    };
    void run();
    const timer = setInterval(() => void run(), sharingIntervalMs());
    return () => clearInterval(timer);
  }, [active]);

  return null;
}
