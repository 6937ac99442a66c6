import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../../components/ui/Button';
import { SelectField, TextField } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { Page } from '../../../components/ui/Page';
import { fieldError } from '../../../lib/error-message';
import { engagementTypeLabels } from '../../../lib/labels';
import { orNull, useForm } from '../../../lib/use-form';
import type { EngagementType } from '../../../types/api';
import { VaultGate } from '../../encryption/components/VaultGate';
import { useCreateCase, useProviders } from '../api/cases';

const TYPES: EngagementType[] = ['SECOND_OPINION', 'EXPERT_ENGAGEMENT'];

/** "New case": the case name is plaintext (lists, search), so it must not identify the patient. */
export function NewCasePage() {
  return (
    <Page title="New case" intro="Open a case for a second opinion or an expert engagement.">
      <VaultGate>
        <NewCaseForm />
      </VaultGate>
    </Page>
  );
}

function NewCaseForm() {
  const headingId = useId();
  const navigate = useNavigate();
  const providers = useProviders();
  const create = useCreateCase();
  const form = useForm({ name: '', engagementType: 'SECOND_OPINION', providerId: '' });
  const [nameError, setNameError] = useState<string>();

  function submit(event: FormEvent) {
    event.preventDefault();
    const name = form.values.name.trim();
    setNameError(name ? undefined : 'Enter a case name.');
    if (!name) return;
    create.mutate(
      { name, engagementType: form.values.engagementType as EngagementType, providerId: orNull(form.values.providerId) },
      { onSuccess: (view) => navigate(`/cases/${view.summary.id}`) },
    );
  }

  return (
    <section className="section">
      <h2 id={headingId}>Case details</h2>
      <form className="form" onSubmit={submit} noValidate aria-labelledby={headingId} aria-busy={create.isPending || undefined}>
        <TextField
          label="Case name"
          {...form.bind('name')}
          required
          maxLength={200}
          autoComplete="off"
          hint="The platform operator can see case names. Do not put patient names or other identifying details in it; use a matter name or an internal reference."
          error={nameError ?? fieldError(create.error, 'name')}
        />
        <SelectField label="Engagement type" {...form.bind('engagementType')} error={fieldError(create.error, 'engagementType')}>
          {TYPES.map((type) => (
            <option key={type} value={type}>{engagementTypeLabels[type]}</option>
          ))}
        </SelectField>
        <SelectField
          label="Doctor"
          {...form.bind('providerId')}
          hint={providers.isPending ? 'Loading doctors…' : 'Choose a doctor, or leave it to the platform to assign a suitable expert.'}
          error={fieldError(create.error, 'providerId')}
        >
          <option value="">Any suitable expert</option>
          {providers.data?.map((provider) => (
            <option key={provider.id} value={provider.id}>{provider.fullName}</option>
          ))}
        </SelectField>
        {providers.isError && <FormError error={providers.error} />}
        <FormError error={create.error} shownFields={['name', 'engagementType', 'providerId']} />
        <p role="status" className="field-hint">{create.isPending ? 'Creating the case and its encryption keys…' : ''}</p>
        <div className="form-actions">
          <Button type="submit" busy={create.isPending}>Create case</Button>
        </div>
      </form>
    </section>
  );
}
