import type { FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { CheckboxField, SelectField, TextField } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { fieldError } from '../../../lib/error-message';
import { roleLabels } from '../../../lib/labels';
import { useForm } from '../../../lib/use-form';
import type { Role } from '../../../types/api';
import { SentInvitation } from '../../invitations/components/SentInvitation';
import { useCreateInvitation } from '../api/invitations';
import { useOrganizations } from '../api/organizations';

const ROLES: Role[] = ['REQUESTER', 'PROVIDER', 'ADMIN'];
const FIELDS = ['email', 'role', 'organizationId', 'organizationOwner'];

export function InviteForm({ labelledBy }: { labelledBy: string }) {
  const form = useForm({ email: '', role: 'REQUESTER', organizationId: '', owner: '' });
  const organizations = useOrganizations();
  const invite = useCreateInvitation();
  const err = (field: string) => fieldError(invite.error, field);
  const choices = (organizations.data ?? []).filter((o) => o.active).sort((a, b) => a.name.localeCompare(b.name));

  function submit(event: FormEvent) {
    event.preventDefault();
    const v = form.values;
    invite.mutate(
      { email: v.email.trim(), role: v.role as Role, organizationId: v.organizationId || null, organizationOwner: v.owner === 'yes' },
      { onSuccess: () => form.reset() },
    );
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby={labelledBy}>
      <FormError error={invite.error ?? organizations.error} shownFields={FIELDS} />
      <TextField label="Email" type="email" autoComplete="off" required {...form.bind('email')} error={err('email')} />
      <div className="form-row">
        <SelectField label="Role" {...form.bind('role')} error={err('role')}>
          {ROLES.map((role) => <option key={role} value={role}>{roleLabels[role]}</option>)}
        </SelectField>
        <SelectField label="Organization" {...form.bind('organizationId')} error={err('organizationId')}
          hint={form.values.role === 'PROVIDER' ? 'Providers without one create their practice during onboarding.' : undefined}>
          <option value="">— None —</option>
          {choices.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </SelectField>
      </div>
      <CheckboxField label="Organization owner" hint="Owners of a requester organization manage its members."
        checked={form.values.owner === 'yes'} onChange={(e) => form.set('owner', e.target.checked ? 'yes' : '')}
        error={err('organizationOwner')} />
      <div className="form-actions">
        <Button type="submit" busy={invite.isPending}>Send invitation</Button>
      </div>
      {invite.data && <SentInvitation sent={invite.data} />}
    </form>
  );
}
