import { useState } from 'react';
import { createPortal } from 'react-dom';
import { Dialog } from '../../../components/ui/Dialog';
import { Button } from '../../../components/ui/Button';
import { SelectField } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { formatBirthDate, byName } from '../format';
import { PatientForm } from './PatientForm';
import { useOpenedPatients } from './use-opened-patients';

type Props = {
  /** The chosen patient's id, or '' for none. */
  value: string;
  onChange: (patientId: string) => void;
  label?: string;
  error?: string;
};

/**
 * Chooses an active patient of my organization, or creates one on the spot (for the case form). Needs
 * an unlocked vault, like every form that shows patients.
 */
export function PatientPicker({ value, onChange, label = 'Patient', error }: Props) {
  const { patients, keyExists, keyHeld } = useOpenedPatients();
  const [creating, setCreating] = useState(false);
  const choices = (patients.data ?? []).filter((p) => p.status === 'ACTIVE' && p.details).sort(byName);

  const hint = keyExists && !keyHeld
    ? "Your organization's patients key has not been shared with this browser yet."
    : patients.isFetching && !patients.data ? 'Loading patients…' : undefined;
  return (
    <div className="patient-picker">
      <SelectField label={label} value={value} onChange={(e) => onChange(e.target.value)} hint={hint} error={error}>
        <option value="">Choose a patient</option>
        {choices.map((p) => (
          <option key={p.id} value={p.id}>
            {[p.details!.fullName, formatBirthDate(p.details!.dateOfBirth), p.reference].filter(Boolean).join(' · ')}
          </option>
        ))}
      </SelectField>
      {patients.isError && <FormError error={patients.error} />}
      <Button variant="secondary" onClick={() => setCreating(true)} disabled={keyExists && !keyHeld}>New patient</Button>
      {/* A portal: the picker sits inside the case form, and forms must not nest. */}
      {createPortal(
        <Dialog title="New patient" open={creating} onClose={() => setCreating(false)}>
          <PatientForm
            untitled
            onSaved={(patient) => {
              setCreating(false);
              onChange(patient.id);
            }}
            onCancel={() => setCreating(false)}
          />
        </Dialog>,
        document.body,
      )}
    </div>
  );
}
