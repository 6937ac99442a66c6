import { useId } from 'react';
import { TextField } from '../../../components/ui/Field';
import { RuleChecklist } from '../../../components/ui/RuleChecklist';
import { passphraseRules, type PassphraseProblems } from '../passphrase/rules';
import type { Strength } from '../passphrase/strength';

export type PassphraseLabels = { passphrase: string; confirmation: string };

export const SETUP_LABELS: PassphraseLabels = { passphrase: 'Passphrase', confirmation: 'Confirm passphrase' };
export const NEW_LABELS: PassphraseLabels = { passphrase: 'New passphrase', confirmation: 'Confirm new passphrase' };

type Props = {
  labels: PassphraseLabels;
  passphrase: string;
  confirmation: string;
  strength: Strength | null;
  onPassphrase: (value: string) => void;
  onConfirmation: (value: string) => void;
  errors: PassphraseProblems;
};

/**
 * A new passphrase and its confirmation: the rules as a checklist (a mark and words, not colour
 * alone) and the strength estimate, both updated as the person types.
 */
export function PassphraseFields({ labels, passphrase, confirmation, strength, onPassphrase, onConfirmation, errors }: Props) {
  const rulesId = useId();
  const strengthId = useId();
  const mismatch = confirmation.length > 0 && confirmation !== passphrase;
  return (
    <>
      <TextField
        label={labels.passphrase}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        required
        value={passphrase}
        onChange={(e) => onPassphrase(e.target.value)}
        error={errors.passphrase}
        aria-describedby={`${rulesId} ${strengthId}`}
      />
      <RuleChecklist id={rulesId} title="Passphrase rules:" rules={passphraseRules(passphrase)} />
      <StrengthMeter id={strengthId} passphrase={passphrase} strength={strength} />
      <TextField
        label={labels.confirmation}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        required
        value={confirmation}
        onChange={(e) => onConfirmation(e.target.value)}
        error={errors.confirmation}
        hint={mismatch && !errors.confirmation ? 'Does not match the passphrase yet.' : undefined}
      />
    </>
  );
}

function StrengthMeter({ id, passphrase, strength }: { id: string; passphrase: string; strength: Strength | null }) {
  const waiting = passphrase.length > 0 && !strength;
  return (
    <div id={id} className="strength">
      <div className="strength-row">
        <meter
          className="strength-meter"
          min={0}
          max={4}
          low={2}
          high={3}
          optimum={4}
          value={strength?.score ?? 0}
          aria-label="Passphrase strength"
          aria-valuetext={strength ? `${strength.label}, ${strength.score} of 4` : 'not rated yet'}
        />
        <span className={strength ? `strength-label strength-${strength.score}` : 'strength-label'}>
          Strength: {strength ? strength.label : waiting ? 'checking…' : 'not rated yet'}
        </span>
      </div>
      {strength && (
        <p className="field-hint">
          Time to guess it with your stored keys at 10,000 guesses a second: {strength.crackTime}.
          {strength.score < 3 && ' Needs to be Strong or Very strong.'}
        </p>
      )}
      {strength?.warning && <p className="field-hint">{strength.warning}</p>}
      {strength && strength.score < 3 && strength.suggestions.length > 0 && (
        <ul className="field-hint strength-suggestions">
          {strength.suggestions.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
