import { useMe } from '../../session/api/get-session';
import { heldLatest, usePatientKeys } from '../api/patient-keys';
import { usePatients } from '../api/patients';

/**
 * My organization's patients opened in the vault, with the state of the patients key: whether it
 * exists yet and whether this browser holds the latest generation.
 */
export function useOpenedPatients() {
  const organizationId = useMe().organization?.id;
  const keys = usePatientKeys();
  const held = (keys.data?.held ?? []).map((k) => k.generation).join(',');
  const patients = usePatients(organizationId, held, keys.isSuccess);
  const keyExists = !!keys.data?.view.generations.length;
  const keyHeld = !!keys.data && heldLatest(keys.data) !== null;
  return { organizationId, keys, patients, keyExists, keyHeld };
}
