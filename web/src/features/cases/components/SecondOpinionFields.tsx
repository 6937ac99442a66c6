import { SelectField, TextArea, TextField } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { fieldError } from '../../../lib/error-message';
import { urgencyLabels } from '../../../lib/labels';
import type { Urgency } from '../../../types/api';
import { useSpecialties } from '../../profile/api/get-specialties';
import { CASE_NAME_WARNING, type FormErrors, type SecondOpinionValues } from '../new-case';
import { PatientField } from './PatientField';

const URGENCIES: Urgency[] = ['ROUTINE', 'URGENT', 'EMERGENT'];
const ENCRYPTED = 'Encrypted end to end: only the members of this case can read it, not the platform operator.';

type Props = {
  values: SecondOpinionValues;
  onChange: (values: SecondOpinionValues) => void;
  errors: FormErrors;
  serverError: unknown;
};

/** A healthcare institution's second opinion: patient, specialty, urgency, and the clinical details (sealed). */
export function SecondOpinionFields({ values, onChange, errors, serverError }: Props) {
  const specialties = useSpecialties();
  const set = <K extends keyof SecondOpinionValues>(name: K, value: SecondOpinionValues[K]) => onChange({ ...values, [name]: value });
  return (
    <>
      <TextField
        label="Case name"
        value={values.name}
        onChange={(e) => set('name', e.target.value)}
        required
        maxLength={200}
        autoComplete="off"
        hint={CASE_NAME_WARNING}
        error={errors.name ?? fieldError(serverError, 'name')}
      />
      <PatientField value={values.patient} onChange={(patient) => set('patient', patient)} error={errors.patient ?? fieldError(serverError, 'patientId')} />
      <SelectField
        label="Specialty wanted"
        value={values.specialtyId}
        onChange={(e) => set('specialtyId', e.target.value)}
        required
        error={errors.specialtyId ?? fieldError(serverError, 'specialtyId')}
      >
        <option value="">Choose a specialty</option>
        {specialties.data?.map((specialty) => (
          <option key={specialty.id} value={specialty.id}>{specialty.name}</option>
        ))}
      </SelectField>
      {specialties.isError && <FormError error={specialties.error} />}
      <SelectField
        label="Urgency"
        value={values.urgency}
        onChange={(e) => set('urgency', e.target.value as Urgency)}
        error={fieldError(serverError, 'urgency')}
      >
        {URGENCIES.map((urgency) => (
          <option key={urgency} value={urgency}>{urgencyLabels[urgency]}</option>
        ))}
      </SelectField>
      <TextField
        label="Desired due date"
        type="date"
        value={values.dueDate}
        onChange={(e) => set('dueDate', e.target.value)}
        error={fieldError(serverError, 'dueDate')}
      />
      <TextArea
        label="Clinical question"
        value={values.clinicalQuestion}
        onChange={(e) => set('clinicalQuestion', e.target.value)}
        required
        rows={3}
        hint={ENCRYPTED}
        error={errors.clinicalQuestion}
      />
      <TextArea
        label="Clinical summary"
        value={values.clinicalSummary}
        onChange={(e) => set('clinicalSummary', e.target.value)}
        rows={8}
        hint={ENCRYPTED}
      />
    </>
  );
}
