import { useMe } from '../../session/api/get-session';

/**
 * A hidden username beside passphrase fields, so a password manager files the encryption
 * passphrase as its own entry ("… (encryption passphrase)") instead of offering to overwrite the
 * sign-in password of the same site.
 */
export function PassphraseAccount() {
  const me = useMe();
  return (
    <input
      type="text"
      name="username"
      autoComplete="username"
      value={`${me.email} (encryption passphrase)`}
      readOnly
      hidden
    />
  );
}
