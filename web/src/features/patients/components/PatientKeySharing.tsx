import { useEffect } from 'react';
import { useVaultStatus } from '../../../vault';
import { sharingIntervalMs } from '../../case-keys/key-sharing';
import { syncPatientKeys } from '../api/patient-keys';

/**
 * Shares the organization's patients key in the background while a requester's vault is unlocked: at
 * unlock and then every 30 s, colleagues waiting for it are granted it and a due rotation is made. It
 * never makes the first generation (the first requester to save a patient does). Renders nothing.
 */
export function PatientKeySharing({ me }: { me: string }) {
  const status = useVaultStatus();
  const active = status.unlocked && status.accountId === me;

  useEffect(() => {
    if (!active) return;
    let running = false;
    const run = async () => {
      if (running) return;
      running = true;
      try {
        await syncPatientKeys({ create: false });
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
