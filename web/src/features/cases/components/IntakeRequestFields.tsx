import { SelectField, TextArea, TextField } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { fieldError } from '../../../lib/error-message';
import { expertServiceLabels } from '../../../lib/labels';
import type { ExpertService } from '../../../types/api';
import { useSpecialties } from '../../profile/api/get-specialties';
import { useProviders } from '../api/cases';
import { CASE_NAME_WARNING, type FormErrors, type IntakeValues } from '../new-case';

const SERVICES: ExpertService[] = ['EXPERT_WITNESS', 'RECORD_REVIEW', 'INDEPENDENT_MEDICAL_EXAMINATION', 'CONSULTATION', 'OTHER'];

type Props = {
  values: IntakeValues;
  onChange: (values: IntakeValues) => void;
  errors: FormErrors;
  serverError: unknown;
};

/** A law firm's intake request to a named expert, or to any suitable expert of a specialty. All plaintext. */
export function IntakeRequestFields({ values, onChange, errors, serverError }: Props) {
  const providers = useProviders();
  const specialties = useSpecialties();
  const set = <K extends keyof IntakeValues>(name: K, value: IntakeValues[K]) => onChange({ ...values, [name]: value });
  return (
    <>
      <TextField
        label="Matter name"
        value={values.name}
        onChange={(e) => set('name', e.target.value)}
        required
        maxLength={200}
        autoComplete="off"
        hint={`The case name. ${CASE_NAME_WARNING}`}
        error={errors.name ?? fieldError(serverError, 'name')}
      />
      <TextField
        label="Matter reference"
        value={values.matterReference}
        onChange={(e) => set('matterReference', e.target.value)}
        maxLength={100}
        autoComplete="off"
        hint="Your own file number for this matter."
        error={fieldError(serverError, 'matterReference')}
      />
      <SelectField
        label="Expert service"
        value={values.expertService}
        onChange={(e) => set('expertService', e.target.value as ExpertService)}
        error={fieldError(serverError, 'expertService')}
      >
        {SERVICES.map((service) => (
          <option key={service} value={service}>{expertServiceLabels[service]}</option>
        ))}
      </SelectField>
      <SelectField
        label="Requested expert"
        value={values.providerId}
        onChange={(e) => set('providerId', e.target.value)}
        hint={providers.isPending ? 'Loading experts…' : 'A named expert accepts or declines the request; otherwise an admin assigns a suitable expert.'}
        error={errors.providerId ?? fieldError(serverError, 'providerId')}
      >
        <option value="">Any suitable expert in a specialty</option>
        {providers.data?.map((provider) => (
          <option key={provider.id} value={provider.id}>{provider.fullName}</option>
        ))}
      </SelectField>
      {providers.isError && <FormError error={providers.error} />}
      {!values.providerId && (
        <SelectField
          label="Specialty"
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
      )}
      <TextField
        label="Deadline"
        type="date"
        value={values.dueDate}
        onChange={(e) => set('dueDate', e.target.value)}
        error={fieldError(serverError, 'dueDate')}
      />
      <TextArea
        label="Basic information"
        value={values.description}
        onChange={(e) => set('description', e.target.value)}
        rows={5}
        maxLength={4000}
        hint="Not encrypted: the platform operator can read it. Describe the matter; keep medical details for the case’s encrypted documents and notes."
        error={fieldError(serverError, 'description')}
      />
    </>
  );
}
