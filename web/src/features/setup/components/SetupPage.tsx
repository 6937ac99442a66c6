import type { FormEvent } from 'react';
import { AuthLayout } from '../../../components/ui/AuthLayout';
import { Button } from '../../../components/ui/Button';
import { TextField } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { Page } from '../../../components/ui/Page';
import { PasswordFields } from '../../../components/ui/PasswordFields';
import { fieldError } from '../../../lib/error-message';
import { useForm } from '../../../lib/use-form';
import { useNewPassword } from '../../../lib/use-new-password';
import { useCreateAdministrator } from '../api/create-administrator';

const FIELDS = ['token', 'email', 'fullName', 'password'];

/** First start: the person holding the setup token from the server's log becomes the first admin. */
export function SetupPage() {
  const form = useForm({ token: '', email: '', fullName: '' });
  const newPassword = useNewPassword();
  const create = useCreateAdministrator();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!newPassword.validate(event.currentTarget as HTMLFormElement)) return;
    const { token, email, fullName } = form.values;
    create.mutate({ token: token.trim(), email: email.trim(), fullName: fullName.trim(), password: newPassword.password });
  }

  const err = (field: string) => fieldError(create.error, field);
  return (
    <AuthLayout>
      <Page
        title="Set up Consilium"
        intro="Create the first administrator. The one-time setup token is printed in the server's log when Consilium starts for the first time; it stops working once used."
      >
        <form className="form" onSubmit={submit} noValidate>
          <FormError error={create.error} shownFields={FIELDS} />
          <TextField label="Setup token" autoComplete="off" spellCheck={false} required {...form.bind('token')} error={err('token')} />
          <TextField label="Email" type="email" autoComplete="email" required {...form.bind('email')} error={err('email')} />
          <TextField label="Full name" autoComplete="name" required {...form.bind('fullName')} error={err('fullName')} />
          <PasswordFields {...newPassword.fields(err('password'))} />
          <div className="form-actions">
            <Button type="submit" busy={create.isPending}>Create administrator</Button>
          </div>
        </form>
      </Page>
    </AuthLayout>
  );
}
