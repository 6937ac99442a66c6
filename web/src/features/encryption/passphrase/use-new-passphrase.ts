import { useEffect, useMemo, useState } from 'react';
import { focusFirstInvalid } from '../../../lib/focus';
import { estimateStrength, holdEstimator } from './estimate';
import { passphraseProblems } from './rules';
import type { Strength } from './strength';

const DEBOUNCE_MS = 120;

/**
 * A new passphrase and its confirmation: the rules as one types, the strength estimate shortly
 * after each pause, and the problems per field once the person has tried to submit. `userInputs`
 * (name, email) count as guessable.
 */
export function useNewPassphrase(userInputs: string[]) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [estimated, setEstimated] = useState<{ of: string; strength: Strength } | null>(null);
  const inputsKey = userInputs.join('\n');
  const inputs = useMemo(() => (inputsKey ? inputsKey.split('\n') : []), [inputsKey]);

  // Loads the estimator's dictionaries while the person reads the form; ends it when the form goes.
  useEffect(() => holdEstimator(), []);

  useEffect(() => {
    if (!passphrase) return;
    let live = true;
    const timer = setTimeout(() => {
      void estimateStrength(passphrase, inputs).then((strength) => live && setEstimated({ of: passphrase, strength }));
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [passphrase, inputs]);

  const strength = passphrase && estimated?.of === passphrase ? estimated.strength : null;
  const problems = passphraseProblems(passphrase, confirmation, strength?.score ?? null);

  return {
    passphrase,
    /** Resolves true when the pair may be submitted; otherwise shows the problems and focuses the first. */
    async validate(form?: HTMLFormElement | null): Promise<boolean> {
      setAttempted(true);
      const score = strength ? strength.score : (await estimateStrength(passphrase, inputs)).score;
      const found = passphraseProblems(passphrase, confirmation, passphrase ? score : null);
      const ok = !found.passphrase && !found.confirmation;
      if (!ok) focusFirstInvalid(form ?? null);
      return ok;
    },
    reset() {
      setPassphrase('');
      setConfirmation('');
      setAttempted(false);
      setEstimated(null);
    },
    fields: {
      passphrase,
      confirmation,
      strength,
      onPassphrase: setPassphrase,
      onConfirmation: setConfirmation,
      errors: attempted ? problems : {},
    },
  };
}
