import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { TextField } from '../../../components/ui/Field';
import type { Stage } from '../../../vault';
import { useMe } from '../../session/api/get-session';
import { useRecover } from '../api/key-actions';
import type { KeysView } from '../api/keys';
import { encryptionErrorMessage } from '../api/messages';
import { useNewPassphrase } from '../passphrase/use-new-passphrase';
import { NEW_LABELS, PassphraseFields } from './PassphraseFields';
import { personalWords } from './personal-words';
import { StageProgress } from './StageProgress';
import { PassphraseAccount } from './PassphraseAccount';

const STAGES: Stage[] = ['derive', 'save'];

/** With the recovery kit: the same keys under a new passphrase; nothing is lost. */
export function RecoverForm({ keys, onDone }: { keys: KeysView; onDone: () => void }) {
  const me = useMe();
  const [code, setCode] = useState('');
  const [codeMissing, setCodeMissing] = useState(false);
  const [stage, setStage] = useState<Stage | null>(null);
  const newPassphrase = useNewPassphrase(personalWords(me));
  const recover = useRecover();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCodeMissing(!code.trim());
    if (!(await newPassphrase.validate(event.currentTarget)) || !code.trim()) return;
    recover.mutate(
      { recoveryCode: code, passphrase: newPassphrase.passphrase, keys, onStage: setStage },
      {
        onSuccess: () => {
          setCode('');
          newPassphrase.reset();
          onDone();
        },
        onSettled: () => setStage(null),
      },
    );
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={recover.isPending || undefined}>
      <TextField
        label="Recovery code"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        value={code}
        onChange={(e) => setCode(e.target.value)}
        hint="32 characters from your recovery kit, such as 7K3M-Q0ZD-…; hyphens and spaces do not matter."
        error={codeMissing ? 'Enter the recovery code from your kit.' : undefined}
      />
      <PassphraseAccount />
      <PassphraseFields labels={NEW_LABELS} {...newPassphrase.fields} />
      {recover.error !== null && (
        <div role="alert" className="alert alert-error"><p>{encryptionErrorMessage(recover.error, 'recovery-code')}</p></div>
      )}
      <StageProgress stage={stage} stages={STAGES} />
      <div className="form-actions">
        <Button type="submit" busy={recover.isPending}>Recover</Button>
      </div>
    </form>
  );
}
