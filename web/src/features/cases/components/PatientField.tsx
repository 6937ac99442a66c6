import type { PatientChoice } from '../new-case';

type Props = { value: PatientChoice | null; onChange: (patient: PatientChoice | null) => void; error?: string };

/**
 * Where the second-opinion form chooses its patient. A stand-in until the patients module's
 * PatientPicker replaces it (same props): a free-text patient id would let anyone mistype into
 * someone else's record, so there is deliberately no input here.
 */
export function PatientField({ value, error }: Props) {
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <p className="field-label">Patient</p>
      <p className="field-hint">{value ? value.snapshot.fullName : 'Patients arrive with the patients module.'}</p>
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}
