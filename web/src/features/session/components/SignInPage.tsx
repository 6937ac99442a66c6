import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { AuthLayout } from '../../../components/ui/AuthLayout';
import { Button } from '../../../components/ui/Button';
import { TextField } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { Notice } from '../../../components/ui/Notice';
import { Page } from '../../../components/ui/Page';
import { fieldError } from '../../../lib/error-message';
import { useFlash } from '../../../lib/flash';
import { UnauthorizedError } from '../../../lib/problem';
import { useForm } from '../../../lib/use-form';
import { useSignIn } from '../api/sign-in';

const isSecondFactorRequest = (error: unknown) =>
  error instanceof UnauthorizedError && error.hasType('/second-factor-required');

export function SignInPage() {
  const flash = useFlash();
  const form = useForm({ email: '', password: '', code: '' });
  const [needsCode, setNeedsCode] = useState(false);
  const signIn = useSignIn();
  const askingForCode = isSecondFactorRequest(signIn.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    const { email, password, code } = form.values;
    signIn.mutate(
      { email: email.trim(), password, code: needsCode ? code.trim() : undefined },
      { onError: (error) => isSecondFactorRequest(error) && setNeedsCode(true) },
    );
  }

  return (
    <AuthLayout>
      <Page title="Sign in to Consilium">
        {flash && <Notice tone={flash.tone}>{flash.text}</Notice>}
        <form className="form" onSubmit={submit} noValidate>
          {!askingForCode && <FormError error={signIn.error} shownFields={['email', 'password', 'code']} />}
          <TextField label="Email" type="email" autoComplete="username" required {...form.bind('email')}
            error={fieldError(signIn.error, 'email')} />
          <TextField label="Password" type="password" autoComplete="current-password" required
            {...form.bind('password')} error={fieldError(signIn.error, 'password')} />
          {needsCode && (
            <>
              {askingForCode && (
                <Notice>Two-factor authentication is on for this account. Enter the code from your authenticator app.</Notice>
              )}
              <TextField label="Authentication code" autoComplete="one-time-code" required autoFocus
                hint="The 6-digit code from your authenticator app, or one of your recovery codes."
                {...form.bind('code')} error={fieldError(signIn.error, 'code')} />
            </>
          )}
          <div className="form-actions">
            <Button type="submit" busy={signIn.isPending}>Sign in</Button>
            <Link to="/forgot-password">Forgot your password?</Link>
          </div>
        </form>
      </Page>
    </AuthLayout>
  );
}
