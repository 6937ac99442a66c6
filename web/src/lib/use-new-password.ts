import { useState } from 'react';
import { focusFirstInvalid } from './focus';
import { validateNewPassword } from './password-rules';

/**
 * State of a "new password + confirmation" pair. Problems are shown once the person has tried to
 * submit, then follow their typing; a server message (e.g. "too common") shows until the next try.
 */
export function useNewPassword() {
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [attempted, setAttempted] = useState(false);
  const problems = validateNewPassword(password, confirmation);

  return {
    password,
    /** True when the pair may be submitted; otherwise shows the problems and focuses the first. */
    validate: (form?: HTMLFormElement | null) => {
      setAttempted(true);
      const ok = !problems.password && !problems.confirmation;
      if (!ok) focusFirstInvalid(form ?? null);
      return ok;
    },
    reset: () => {
      setPassword('');
      setConfirmation('');
      setAttempted(false);
    },
    /** Props for <PasswordFields>, with the server's message for the password, if any. */
    fields: (serverError?: string) => ({
      password,
      confirmation,
      onPassword: setPassword,
      onConfirmation: setConfirmation,
      errors: {
        password: (attempted ? problems.password : undefined) ?? serverError,
        confirmation: attempted ? problems.confirmation : undefined,
      },
    }),
  };
}
