import { useBackgroundRounds } from '../../case-keys/use-background-rounds';
import { syncPatientKeys } from '../api/patient-keys';

/**
 * Shares the organization's patients key in the background while a requester's vault is unlocked: at
 * unlock and then every 30 s, colleagues waiting for it are granted it and a due rotation is made. It
 * never makes the first generation (the first requester to save a patient does). Renders nothing.
 */
export function PatientKeySharing({ me }: { me: string }) {
  useBackgroundRounds(me, async () => {
    await syncPatientKeys({ create: false });
  });
  return null;
}
