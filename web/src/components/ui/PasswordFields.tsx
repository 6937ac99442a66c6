import { useId } from 'react';
import { passwordRules } from '../../lib/password-rules';
import { TextField } from './Field';
import { RuleChecklist } from './RuleChecklist';

type Props = {
  labels?: { password: string; confirmation: string };
  password: string;
  confirmation: string;
  onPassword: (value: string) => void;
  onConfirmation: (value: string) => void;
  errors?: { password?: string; confirmation?: string };
};

/** A new password and its confirmation, with the rules checked as the person types. */
export function PasswordFields({ labels, password, confirmation, onPassword, onConfirmation, errors = {} }: Props) {
  const rulesId = useId();
  const names = labels ?? { password: 'Password', confirmation: 'Confirm password' };
  const mismatch = confirmation.length > 0 && confirmation !== password;
  return (
    <>
      <TextField
        label={names.password}
        type="password"
        autoComplete="new-password"
        required
        value={password}
        onChange={(e) => onPassword(e.target.value)}
        error={errors.password}
        aria-describedby={rulesId}
      />
      <RuleChecklist id={rulesId} title="Password rules:" rules={passwordRules(password)}>
        <p>Commonly used passwords are refused.</p>
      </RuleChecklist>
      <TextField
        label={names.confirmation}
        type="password"
        autoComplete="new-password"
        required
        value={confirmation}
        onChange={(e) => onConfirmation(e.target.value)}
        error={errors.confirmation}
        hint={mismatch && !errors.confirmation ? 'Does not match the password yet.' : undefined}
      />
    </>
  );
}
