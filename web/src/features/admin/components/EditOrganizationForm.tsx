import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { CheckboxField, SelectField, TextField } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { Notice } from '../../../components/ui/Notice';
import { fieldError } from '../../../lib/error-message';
import { kindLabels, selectableKinds } from '../../../lib/labels';
import { orNull, useForm } from '../../../lib/use-form';
import type { Organization, OrganizationKind } from '../../../types/api';
import { useUpdateOrganization } from '../api/organizations';

const valuesOf = (o: Organization) => ({
  name: o.name, kind: o.kind as string, address: o.address ?? '', phone: o.phone ?? '', website: o.website ?? '',
  active: o.active ? 'yes' : '',
});

type Props = { organization: Organization; onReload: () => Promise<{ data?: Organization[] }> };

export function EditOrganizationForm({ organization, onReload }: Props) {
  const form = useForm(valuesOf(organization));
  const [version, setVersion] = useState(organization.version);
  const update = useUpdateOrganization();
  const err = (field: string) => fieldError(update.error, field);
  const kinds = organization.kind === 'OPERATOR' ? [...selectableKinds, 'OPERATOR' as const] : selectableKinds;

  function submit(event: FormEvent) {
    event.preventDefault();
    const v = form.values;
    update.mutate(
      { id: organization.id, version, name: v.name.trim(), kind: v.kind as OrganizationKind, address: orNull(v.address),
        phone: orNull(v.phone), website: orNull(v.website), active: v.active === 'yes' },
      { onSuccess: (saved) => setVersion(saved.version) },
    );
  }

  async function reload() {
    const fresh = (await onReload()).data?.find((o) => o.id === organization.id);
    if (!fresh) return;
    form.replace(valuesOf(fresh));
    setVersion(fresh.version);
    update.reset();
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      {update.isSuccess && <Notice tone="success">The changes have been saved.</Notice>}
      <FormError error={update.error} shownFields={['name', 'kind', 'address', 'phone', 'website', 'active']} onReload={reload} />
      <TextField label="Name" autoComplete="off" required {...form.bind('name')} error={err('name')} />
      <SelectField label="Kind" {...form.bind('kind')} error={err('kind')}>
        {kinds.map((kind) => <option key={kind} value={kind}>{kindLabels[kind]}</option>)}
      </SelectField>
      <TextField label="Address" {...form.bind('address')} error={err('address')} />
      <TextField label="Phone" type="tel" {...form.bind('phone')} error={err('phone')} />
      <TextField label="Website" type="url" inputMode="url" {...form.bind('website')} error={err('website')} />
      <CheckboxField label="Active" hint="Deactivated organizations cannot be chosen for new invitations."
        checked={form.values.active === 'yes'} onChange={(e) => form.set('active', e.target.checked ? 'yes' : '')}
        error={err('active')} />
      <div className="form-actions">
        <Button type="submit" busy={update.isPending}>Save changes</Button>
      </div>
    </form>
  );
}
