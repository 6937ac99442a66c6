import type { FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { TextField } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { PasswordFields } from '../../../components/ui/PasswordFields';
import { fieldError } from '../../../lib/error-message';
import { roleLabels } from '../../../lib/labels';
import { useForm } from '../../../lib/use-form';
import { useNewPassword } from '../../../lib/use-new-password';
import type { useAcceptInvitation } from '../api/accept-invitation';
import type { InvitationPreview } from '../api/lookup-invitation';

type Props = { token: string; preview: InvitationPreview; accept: ReturnType<typeof useAcceptInvitation> };

export function AcceptInvitationForm({ token, preview, accept }: Props) {
  const form = useForm({ fullName: '' });
  const newPassword = useNewPassword();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!newPassword.validate(event.currentTarget as HTMLFormElement)) return;
    accept.mutate({ token, fullName: form.values.fullName.trim(), password: newPassword.password });
  }

  return (
    <>
      <p className="lead">
        You are invited to Consilium as {preview.role === 'ADMIN' ? 'an' : 'a'} <strong>{roleLabels[preview.role].toLowerCase()}</strong>
        {preview.organizationName && <> of <strong>{preview.organizationName}</strong></>}.
      </p>
      <dl className="details">
        <dt>You will sign in with</dt>
        <dd>{preview.email}</dd>
      </dl>
      <form className="form" onSubmit={submit} noValidate>
        <FormError error={accept.error} shownFields={['fullName', 'password']} />
        <TextField label="Full name" autoComplete="name" required {...form.bind('fullName')}
          error={fieldError(accept.error, 'fullName')} />
        <PasswordFields {...newPassword.fields(fieldError(accept.error, 'password'))} />
        <div className="form-actions">
          <Button type="submit" busy={accept.isPending}>Accept invitation</Button>
        </div>
      </form>
    </>
  );
}
