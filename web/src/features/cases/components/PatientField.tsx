import { useEffect, useState } from 'react';
import { PatientPicker, useOpenedPatients } from '../../patients';
import { patientSnapshot, type PatientChoice } from '../new-case';

type Props = { value: PatientChoice | null; onChange: (patient: PatientChoice | null) => void; error?: string };

/**
 * The second-opinion form's patient: chosen (or created) with the patients module's picker, and handed
 * on with the snapshot of their details that the case will carry sealed. A patient created on the spot
 * is handed on once their opened record arrives.
 */
export function PatientField({ value, onChange, error }: Props) {
  const { patients } = useOpenedPatients();
  const [chosen, setChosen] = useState(value?.id ?? '');

  useEffect(() => {
    const patient = patients.data?.find((p) => p.id === chosen && p.details);
    const next = patient ? { id: patient.id, snapshot: patientSnapshot(patient.reference, patient.details!) } : null;
    if ((next?.id ?? null) !== (value?.id ?? null)) onChange(next);
  }, [chosen, patients.data, value, onChange]);

  return <PatientPicker value={chosen} onChange={setChosen} error={error} />;
}
