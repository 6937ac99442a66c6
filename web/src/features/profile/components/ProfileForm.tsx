import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { TextArea, TextField } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { fieldError } from '../../../lib/error-message';
import { orNull, useForm } from '../../../lib/use-form';
import type { Me } from '../../../types/api';
import { getSession, sessionKey } from '../../session/api/get-session';
import { useUpdateProfile } from '../api/update-profile';
import { SpecialtyChoices } from './SpecialtyChoices';

const FIELDS = ['fullName', 'title', 'phone', 'licenceNumber', 'bio', 'specialtyIds'];

const valuesOf = (me: Me) => ({
  fullName: me.fullName,
  title: me.title ?? '',
  phone: me.phone ?? '',
  licenceNumber: me.licenceNumber ?? '',
  bio: me.bio ?? '',
});

type Props = { me: Me; submitLabel: string; onSaved?: (me: Me) => void };

/** Onboarding step 1 and Settings › Profile: the person's own details. */
export function ProfileForm({ me, submitLabel, onSaved }: Props) {
  const form = useForm(valuesOf(me));
  const [specialtyIds, setSpecialtyIds] = useState(me.specialties.map((s) => s.id));
  const [version, setVersion] = useState(me.version);
  const update = useUpdateProfile();
  const queryClient = useQueryClient();
  const provider = me.role === 'PROVIDER';
  const err = (field: string) => fieldError(update.error, field);

  function submit(event: FormEvent) {
    event.preventDefault();
    const v = form.values;
    const details = provider ? { licenceNumber: orNull(v.licenceNumber), bio: orNull(v.bio), specialtyIds } : {};
    update.mutate(
      { fullName: v.fullName.trim(), title: orNull(v.title), phone: orNull(v.phone), ...details, version },
      { onSuccess: (saved) => { setVersion(saved.version); onSaved?.(saved); } },
    );
  }

  async function reload() {
    const fresh = await queryClient.fetchQuery({ queryKey: sessionKey, queryFn: getSession, staleTime: 0 });
    if (!fresh) return;
    form.replace(valuesOf(fresh));
    setSpecialtyIds(fresh.specialties.map((s) => s.id));
    setVersion(fresh.version);
    update.reset();
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormError error={update.error} shownFields={FIELDS} onReload={reload} />
      <TextField label="Full name" autoComplete="name" required {...form.bind('fullName')} error={err('fullName')} />
      <TextField label="Title" hint="For example Dr., Attorney at law, Head of radiology."
        {...form.bind('title')} error={err('title')} />
      <TextField label="Phone" type="tel" autoComplete="tel" {...form.bind('phone')} error={err('phone')} />
      {provider && (
        <>
          <TextField label="Licence number" autoComplete="off" {...form.bind('licenceNumber')} error={err('licenceNumber')} />
          <TextArea label="Short bio" hint="A few sentences requesters see when they choose an expert."
            {...form.bind('bio')} error={err('bio')} />
          <SpecialtyChoices selected={specialtyIds} onChange={setSpecialtyIds} chosen={me.specialties} error={err('specialtyIds')} />
        </>
      )}
      <div className="form-actions">
        <Button type="submit" busy={update.isPending}>{submitLabel}</Button>
      </div>
    </form>
  );
}
