import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { SelectField, TextArea, TextField } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { fieldError } from '../../../lib/error-message';
import { useForm } from '../../../lib/use-form';
import { PatientKeyNotAvailableError, useSavePatient, type SealedPatient } from '../api/patients';
import { checkDetails, EMPTY_DETAILS, SEXES, sexLabels, type DetailErrors, type PatientDetails, type Sex } from '../details';

type Props = {
  /** The patient being edited (with the details as opened), or nothing for a new one. */
  editing?: { patient: Pick<SealedPatient, 'id' | 'version' | 'reference'>; details: PatientDetails };
  onSaved: (patient: SealedPatient) => void;
  onCancel: () => void;
  /** In a dialog that carries the title already. */
  untitled?: boolean;
};

/**
 * New patient or changed details. Everything here is sealed in this browser with the organization's
 * patients key before it is sent; the operator of the platform cannot read it.
 */
export function PatientForm({ editing, onSaved, onCancel, untitled = false }: Props) {
  const headingId = useId();
  const save = useSavePatient();
  const form = useForm<Record<keyof PatientDetails, string>>({ ...(editing?.details ?? EMPTY_DETAILS) });
  const [errors, setErrors] = useState<DetailErrors>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    // From the case form the picker's dialog is a portal, and React events bubble through portals: this
    // submit must not reach the case form.
    event.stopPropagation();
    const checked = checkDetails({ ...form.values, sex: form.values.sex as Sex });
    setErrors(checked.errors);
    if (Object.keys(checked.errors).length) return;
    save.mutate({ patient: editing?.patient, details: checked.details }, { onSuccess: onSaved });
  }

  const error = (field: keyof PatientDetails) => errors[field] ?? fieldError(save.error, field);
  const title = editing ? `Edit patient ${editing.patient.reference}` : 'New patient';
  const patientForm = (
    <form className="form" onSubmit={submit} noValidate aria-labelledby={untitled ? undefined : headingId}
      aria-label={untitled ? title : undefined} aria-busy={save.isPending || undefined}>
      <TextField label="Full name" {...form.bind('fullName')} required maxLength={200} autoComplete="off" error={error('fullName')} />
      <TextField label="Date of birth" type="date" {...form.bind('dateOfBirth')} autoComplete="off" error={error('dateOfBirth')} />
      <SelectField label="Sex" {...form.bind('sex')} error={error('sex')}>
        {SEXES.map((sex) => (
          <option key={sex} value={sex}>{sexLabels[sex]}</option>
        ))}
      </SelectField>
      <TextField
        label="MRN"
        hint="The medical record number at your organization, if any."
        {...form.bind('mrn')}
        maxLength={64}
        autoComplete="off"
        error={error('mrn')}
      />
      <TextField label="Phone" type="tel" {...form.bind('phone')} maxLength={40} autoComplete="off" error={error('phone')} />
      <TextField label="Email" type="email" {...form.bind('email')} maxLength={254} autoComplete="off" error={error('email')} />
      <TextArea label="Address" {...form.bind('address')} maxLength={500} rows={3} autoComplete="off" error={error('address')} />
      {save.error instanceof PatientKeyNotAvailableError ? (
        <div role="alert" className="alert alert-error"><p>{save.error.message}</p></div>
      ) : (
        <FormError error={save.error} shownFields={['details']} />
      )}
      <p role="status" className="field-hint">{save.isPending ? 'Encrypting and saving…' : ''}</p>
      <div className="form-actions">
        <Button type="submit" busy={save.isPending}>{editing ? 'Save patient' : 'Create patient'}</Button>
        <Button variant="secondary" onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
  if (untitled) return patientForm;
  return (
    <section className="section">
      <h2 id={headingId}>{title}</h2>
      {patientForm}
    </section>
  );
}
