// What the client can check about a new password while it is typed. The server checks the rest
// (the list of common passwords) and answers with a field error.

export const MIN_PASSWORD_LENGTH = 12;

export type PasswordRule = { id: string; label: string; met: boolean };

/** Length in characters as a person counts them (code points, not UTF-16 units). */
export function passwordLength(password: string): number {
  return Array.from(password).length;
}

export function passwordRules(password: string): PasswordRule[] {
  return [
    {
      id: 'length',
      label: `At least ${MIN_PASSWORD_LENGTH} characters`,
      met: passwordLength(password) >= MIN_PASSWORD_LENGTH,
    },
  ];
}

/** Messages for the two password fields, or undefined where the field is fine. */
export function validateNewPassword(password: string, confirmation: string) {
  return {
    password:
      passwordLength(password) < MIN_PASSWORD_LENGTH
        ? `Use at least ${MIN_PASSWORD_LENGTH} characters.`
        : undefined,
    confirmation: password !== confirmation ? 'The two passwords do not match.' : undefined,
  };
}
