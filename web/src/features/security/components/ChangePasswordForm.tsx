import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { TextField } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { Notice } from '../../../components/ui/Notice';
import { PasswordFields } from '../../../components/ui/PasswordFields';
import { fieldError } from '../../../lib/error-message';
import { useNewPassword } from '../../../lib/use-new-password';
import { useChangePassword } from '../api/change-password';

const LABELS = { password: 'New password', confirmation: 'Confirm new password' };

export function ChangePasswordForm() {
  const [current, setCurrent] = useState('');
  const newPassword = useNewPassword();
  const change = useChangePassword();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!newPassword.validate(event.currentTarget as HTMLFormElement)) return;
    change.mutate(
      { currentPassword: current, newPassword: newPassword.password },
      { onSuccess: () => { setCurrent(''); newPassword.reset(); } },
    );
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      {change.isSuccess && <Notice tone="success">Your password has been changed.</Notice>}
      <FormError error={change.error} shownFields={['currentPassword', 'newPassword']} />
      <TextField label="Current password" type="password" autoComplete="current-password" required value={current}
        onChange={(e) => setCurrent(e.target.value)} error={fieldError(change.error, 'currentPassword')} />
      <PasswordFields labels={LABELS} {...newPassword.fields(fieldError(change.error, 'newPassword'))} />
      <div className="form-actions">
        <Button type="submit" busy={change.isPending}>Change password</Button>
      </div>
    </form>
  );
}
