import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { TextField } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { fieldError } from '../../../lib/error-message';
import { useConfirmSecondFactor, type SecondFactorEnrolment } from '../api/second-factor';

type Props = { enrolment: SecondFactorEnrolment; onConfirmed: (codes: string[]) => void; onCancel: () => void };

/** Shows the new secret as text (to type or paste into an authenticator app) and asks for a first code. */
export function ConfirmSecondFactor({ enrolment, onConfirmed, onCancel }: Props) {
  const [code, setCode] = useState('');
  const confirm = useConfirmSecondFactor();

  function submit(event: FormEvent) {
    event.preventDefault();
    confirm.mutate(code.replace(/\s+/g, ''), { onSuccess: (result) => onConfirmed(result.recoveryCodes) });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ol className="plain-list numbered">
        <li>
          In your authenticator app, add an account with this setup key:
          <code className="secret">{enrolment.secret}</code>
          <details>
            <summary>Setup link for apps that accept one</summary>
            <code className="secret secret-uri">{enrolment.otpauthUri}</code>
          </details>
        </li>
        <li>Enter the 6-digit code the app shows.</li>
      </ol>
      <FormError error={confirm.error} shownFields={['code']} />
      <TextField label="Authentication code" autoComplete="one-time-code" inputMode="numeric" required value={code}
        onChange={(e) => setCode(e.target.value)} error={fieldError(confirm.error, 'code')} />
      <div className="form-actions">
        <Button type="submit" busy={confirm.isPending}>Turn on</Button>
        <Button variant="link" onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
