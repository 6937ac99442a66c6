import type { FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { TextField } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { fieldError } from '../../../lib/error-message';
import { useForm } from '../../../lib/use-form';
import { SentInvitation } from '../../invitations/components/SentInvitation';
import { useInviteMember } from '../api/member-invitations';

/** An owner invites a colleague into the own organization, as a requester. */
export function InviteMemberForm() {
  const form = useForm({ email: '' });
  const invite = useInviteMember();

  function submit(event: FormEvent) {
    event.preventDefault();
    invite.mutate(form.values.email.trim(), { onSuccess: () => form.reset() });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormError error={invite.error} shownFields={['email']} />
      <TextField label="Email" type="email" autoComplete="off" required {...form.bind('email')}
        error={fieldError(invite.error, 'email')} />
      <div className="form-actions">
        <Button type="submit" busy={invite.isPending}>Send invitation</Button>
      </div>
      {invite.data && <SentInvitation sent={invite.data} />}
    </form>
  );
}
