import { useEffect, useRef } from 'react';
import { useVaultStatus } from '../../vault';
import { sharingIntervalMs } from './key-sharing';

/**
 * Runs `round` at unlock and then every sharing interval (30 s) while the vault is unlocked for `me`,
 * one round at a time; a round that fails (locked, signed out, offline) is simply tried again next time.
 * `round` is told how many rounds came before it.
 */
export function useBackgroundRounds(me: string, round: (previous: number) => Promise<void>): void {
  const status = useVaultStatus();
  const active = status.unlocked && status.accountId === me;
  const latest = useRef(round);
  latest.current = round;

  useEffect(() => {
    if (!active) return;
    let running = false;
    let count = 0;
    const run = async () => {
      if (running) return;
      running = true;
      try {
        await latest.current(count++);
      } catch {
        // The next round tries again.
      } finally {
        running = false;
      }
    };
    void run();
    const timer = setInterval(() => void run(), sharingIntervalMs());
    return () => clearInterval(timer);
  }, [active]);
}
