// The passphrase rules of the encryption setup (shared/design/e2ee.md), checked as one types, and
// the strength the estimator must see on top of them. The KDF itself accepts any string.

export const MIN_PASSPHRASE_LENGTH = 12;
/** zxcvbn's "safely unguessable" (about 10^10 guesses) and above. */
// zxcvbn's score 4 means at least 10^10 guesses: against PBKDF2 at 600,000 iterations that is months of a
// GPU's time for a stolen database, where score 3 (10^8) would be hours.
export const MIN_STRENGTH_SCORE = 4;

export type PassphraseRule = { id: 'length' | 'upper' | 'lower' | 'digit' | 'special'; label: string; met: boolean };

export type Score = 0 | 1 | 2 | 3 | 4;

export const STRENGTH_LABELS: Record<Score, string> = {
  0: 'Very weak',
  1: 'Weak',
  2: 'Fair',
  3: 'Strong',
  4: 'Very strong',
};

/** Length as a person counts it: characters (code points) of the NFC form the KDF uses. */
export function passphraseLength(passphrase: string): number {
  return Array.from(passphrase.normalize('NFC')).length;
}

/** Letters and digits of any script count; a special character is anything else, a space included. */
export function passphraseRules(passphrase: string): PassphraseRule[] {
  return [
    { id: 'length', label: `At least ${MIN_PASSPHRASE_LENGTH} characters`, met: passphraseLength(passphrase) >= MIN_PASSPHRASE_LENGTH },
    { id: 'upper', label: 'An uppercase letter', met: /\p{Lu}/u.test(passphrase) },
    { id: 'lower', label: 'A lowercase letter', met: /\p{Ll}/u.test(passphrase) },
    { id: 'digit', label: 'A digit', met: /\p{Nd}/u.test(passphrase) },
    { id: 'special', label: 'A special character, such as ! ? # or a space', met: /[^\p{L}\p{N}]/u.test(passphrase) },
  ];
}

export type PassphraseProblems = { passphrase?: string; confirmation?: string };

/**
 * Why a new passphrase and its confirmation may not be submitted yet, per field; empty when they
 * may. `score` is the estimator's, or null while it is still loading.
 */
export function passphraseProblems(passphrase: string, confirmation: string, score: Score | null): PassphraseProblems {
  const problems: PassphraseProblems = {};
  if (!passphraseRules(passphrase).every((rule) => rule.met)) {
    problems.passphrase = 'The passphrase does not meet every rule yet.';
  } else if (score === null) {
    problems.passphrase = 'Checking the passphrase’s strength. Try again in a moment.';
  } else if (score < MIN_STRENGTH_SCORE) {
    problems.passphrase = 'This passphrase is too easy to guess. Make it longer or less predictable.';
  }
  if (confirmation !== passphrase) problems.confirmation = 'The two passphrases do not match.';
  return problems;
}

export function isAcceptable(passphrase: string, confirmation: string, score: Score | null): boolean {
  const problems = passphraseProblems(passphrase, confirmation, score);
  return !problems.passphrase && !problems.confirmation;
}
