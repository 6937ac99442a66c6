import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { TextField } from '../../../components/ui/Field';
import { Notice } from '../../../components/ui/Notice';
import type { Stage } from '../../../vault';
import { useMe } from '../../session/api/get-session';
import { useChangePassphrase } from '../api/key-actions';
import type { KeysView } from '../api/keys';
import { encryptionErrorMessage } from '../api/messages';
import { useNewPassphrase } from '../passphrase/use-new-passphrase';
import { NEW_LABELS, PassphraseFields } from './PassphraseFields';
import { personalWords } from './personal-words';
import { StageProgress } from './StageProgress';
import { PassphraseAccount } from './PassphraseAccount';

const STAGES: Stage[] = ['derive', 'save'];
export const PASSPHRASE_CHANGED = 'Passphrase changed. Use the new one from now on.';

/** Re-wraps the account key under a new passphrase: 32 bytes change, the keys stay the same. */
export function ChangePassphraseForm({ keys }: { keys: KeysView }) {
  const me = useMe();
  const [current, setCurrent] = useState('');
  const [stage, setStage] = useState<Stage | null>(null);
  const newPassphrase = useNewPassphrase(personalWords(me));
  const change = useChangePassphrase();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!(await newPassphrase.validate(event.currentTarget)) || !current) return;
    change.mutate(
      { current, next: newPassphrase.passphrase, keys, onStage: setStage },
      {
        onSuccess: () => {
          setCurrent('');
          newPassphrase.reset();
        },
        onSettled: () => setStage(null),
      },
    );
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={change.isPending || undefined}>
      {change.isSuccess && <Notice tone="success">{PASSPHRASE_CHANGED}</Notice>}
      <PassphraseAccount />
      <TextField
        label="Current passphrase"
        type="password"
        autoComplete="current-password"
        spellCheck={false}
        required
        value={current}
        onChange={(e) => setCurrent(e.target.value)}
      />
      <PassphraseFields labels={NEW_LABELS} {...newPassphrase.fields} />
      {change.error !== null && (
        <div role="alert" className="alert alert-error"><p>{encryptionErrorMessage(change.error)}</p></div>
      )}
      <StageProgress stage={stage} stages={STAGES} />
      <div className="form-actions">
        <Button type="submit" busy={change.isPending}>Change passphrase</Button>
      </div>
    </form>
  );
}
