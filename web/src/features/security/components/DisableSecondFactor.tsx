import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { TextField } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { Notice } from '../../../components/ui/Notice';
import { fieldError } from '../../../lib/error-message';
import { useDisableSecondFactor } from '../api/second-factor';

export function DisableSecondFactor() {
  const [password, setPassword] = useState('');
  const disable = useDisableSecondFactor();

  function submit(event: FormEvent) {
    event.preventDefault();
    disable.mutate(password, { onSuccess: () => setPassword('') });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <Notice tone="success">Two-factor authentication is on. Signing in asks for a code from your authenticator app.</Notice>
      <FormError error={disable.error} shownFields={['password']} />
      <TextField label="Your sign-in password" hint="Needed to turn two-factor authentication off." type="password"
        autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)}
        error={fieldError(disable.error, 'password')} />
      <div className="form-actions">
        <Button type="submit" variant="danger" busy={disable.isPending}>Turn off</Button>
      </div>
    </form>
  );
}
