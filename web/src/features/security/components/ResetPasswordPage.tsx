import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { AuthLayout } from '../../../components/ui/AuthLayout';
import { Button } from '../../../components/ui/Button';
import { FormError } from '../../../components/ui/FormError';
import { Page } from '../../../components/ui/Page';
import { PasswordFields } from '../../../components/ui/PasswordFields';
import { fieldError } from '../../../lib/error-message';
import { setFlash } from '../../../lib/flash';
import { takeFragmentToken } from '../../../lib/fragment-token';
import { useNewPassword } from '../../../lib/use-new-password';
import { useCompletePasswordReset } from '../api/password-reset';

const LABELS = { password: 'New password', confirmation: 'Confirm new password' };

/** The page a reset link opens: /reset-password#token=… */
export function ResetPasswordPage() {
  const [token] = useState(takeFragmentToken);
  const newPassword = useNewPassword();
  const complete = useCompletePasswordReset();
  const navigate = useNavigate();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!token || !newPassword.validate(event.currentTarget as HTMLFormElement)) return;
    complete.mutate(
      { token, password: newPassword.password },
      {
        onSuccess: () => {
          setFlash({ tone: 'success', text: 'Your password has been changed. Sign in with your new password.' });
          navigate('/signin', { replace: true });
        },
      },
    );
  }

  return (
    <AuthLayout>
      <Page title="Choose a new password">
        {token ? (
          <form className="form" onSubmit={submit} noValidate>
            <FormError error={complete.error} shownFields={['password']} />
            <PasswordFields labels={LABELS} {...newPassword.fields(fieldError(complete.error, 'password'))} />
            <div className="form-actions">
              <Button type="submit" busy={complete.isPending}>Set new password</Button>
            </div>
          </form>
        ) : (
          <div role="alert" className="alert alert-error">
            <p>This reset link is incomplete. Open the link from your email again, or ask for a new one.</p>
          </div>
        )}
        <p className="auth-links">
          <Link to="/forgot-password">Ask for a new reset link</Link> · <Link to="/signin">Back to sign in</Link>
        </p>
      </Page>
    </AuthLayout>
  );
}
