import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { AuthLayout } from '../../../components/ui/AuthLayout';
import { Button } from '../../../components/ui/Button';
import { TextField } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { Notice } from '../../../components/ui/Notice';
import { Page } from '../../../components/ui/Page';
import { fieldError } from '../../../lib/error-message';
import { useForm } from '../../../lib/use-form';
import { useRequestPasswordReset } from '../api/password-reset';

export function ForgotPasswordPage() {
  const form = useForm({ email: '' });
  const request = useRequestPasswordReset();

  function submit(event: FormEvent) {
    event.preventDefault();
    request.mutate(form.values.email.trim());
  }

  return (
    <AuthLayout>
      <Page title="Reset your password" intro="Enter the email you sign in with. We will send you a link to choose a new password.">
        {request.isSuccess ? (
          <Notice tone="success">
            If an account exists for {request.variables}, a link to reset its password is on its way. The link works once and for a limited time.
          </Notice>
        ) : (
          <form className="form" onSubmit={submit} noValidate>
            <FormError error={request.error} shownFields={['email']} />
            <TextField label="Email" type="email" autoComplete="username" required {...form.bind('email')}
              error={fieldError(request.error, 'email')} />
            <div className="form-actions">
              <Button type="submit" busy={request.isPending}>Send reset link</Button>
            </div>
          </form>
        )}
        <p className="auth-links"><Link to="/signin">Back to sign in</Link></p>
      </Page>
    </AuthLayout>
  );
}
