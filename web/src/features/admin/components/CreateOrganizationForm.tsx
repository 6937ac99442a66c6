import type { FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { SelectField, TextField } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { Notice } from '../../../components/ui/Notice';
import { fieldError } from '../../../lib/error-message';
import { kindLabels, selectableKinds } from '../../../lib/labels';
import { useForm } from '../../../lib/use-form';
import type { OrganizationKind } from '../../../types/api';
import { useCreateOrganization } from '../api/organizations';

export function CreateOrganizationForm({ labelledBy }: { labelledBy: string }) {
  const form = useForm({ name: '', kind: 'LAW_FIRM' });
  const create = useCreateOrganization();

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(
      { name: form.values.name.trim(), kind: form.values.kind as OrganizationKind },
      { onSuccess: () => form.reset() },
    );
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby={labelledBy}>
      {create.isSuccess && <Notice tone="success">{create.data.name} has been added.</Notice>}
      <FormError error={create.error} shownFields={['name', 'kind']} />
      <div className="form-row">
        <TextField label="Name" autoComplete="off" required {...form.bind('name')} error={fieldError(create.error, 'name')} />
        <SelectField label="Kind" {...form.bind('kind')} error={fieldError(create.error, 'kind')}>
          {selectableKinds.map((kind) => <option key={kind} value={kind}>{kindLabels[kind]}</option>)}
        </SelectField>
      </div>
      <div className="form-actions">
        <Button type="submit" busy={create.isPending}>Add organization</Button>
      </div>
    </form>
  );
}
