import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { TextField } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { fieldError } from '../../../lib/error-message';
import { orNull, useForm } from '../../../lib/use-form';
import type { Me, Organization } from '../../../types/api';
import { getSession, sessionKey } from '../../session/api/get-session';
import { useUpdateMyOrganization } from '../api/update-my-organization';

const valuesOf = (organization: Organization | null) => ({
  name: organization?.name ?? '',
  address: organization?.address ?? '',
  phone: organization?.phone ?? '',
  website: organization?.website ?? '',
});

type Props = { me: Me; submitLabel: string; onSaved?: (me: Me) => void };

/** Onboarding step 2 and the organization page, for those who may edit their organization. */
export function OrganizationDetailsForm({ me, submitLabel, onSaved }: Props) {
  const form = useForm(valuesOf(me.organization));
  const [version, setVersion] = useState(me.organization?.version);
  const update = useUpdateMyOrganization();
  const queryClient = useQueryClient();
  const err = (field: string) => fieldError(update.error, field);

  function submit(event: FormEvent) {
    event.preventDefault();
    const v = form.values;
    update.mutate(
      { name: v.name.trim(), address: orNull(v.address), phone: orNull(v.phone), website: orNull(v.website), version },
      { onSuccess: (saved) => { setVersion(saved.organization?.version); onSaved?.(saved); } },
    );
  }

  async function reload() {
    const fresh = await queryClient.fetchQuery({ queryKey: sessionKey, queryFn: getSession, staleTime: 0 });
    if (!fresh) return;
    form.replace(valuesOf(fresh.organization));
    setVersion(fresh.organization?.version);
    update.reset();
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormError error={update.error} shownFields={['name', 'address', 'phone', 'website']} onReload={reload} />
      <TextField label="Organization name" autoComplete="organization" required {...form.bind('name')} error={err('name')} />
      <TextField label="Address" autoComplete="street-address" {...form.bind('address')} error={err('address')} />
      <TextField label="Phone" type="tel" autoComplete="tel" {...form.bind('phone')} error={err('phone')} />
      <TextField label="Website" type="url" inputMode="url" autoComplete="url" hint="For example https://www.example.com"
        {...form.bind('website')} error={err('website')} />
      <div className="form-actions">
        <Button type="submit" busy={update.isPending}>{submitLabel}</Button>
      </div>
    </form>
  );
}
