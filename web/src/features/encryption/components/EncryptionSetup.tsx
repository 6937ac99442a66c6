import { useEffect, useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { CheckboxField } from '../../../components/ui/Field';
import type { Stage } from '../../../vault';
import { useMe } from '../../session/api/get-session';
import { useCreateKeys, type CreatedKeys } from '../api/key-actions';
import { encryptionErrorMessage } from '../api/messages';
import { useNewPassphrase } from '../passphrase/use-new-passphrase';
import { NEW_LABELS, PassphraseFields, SETUP_LABELS } from './PassphraseFields';
import { RecoveryKitStep } from './RecoveryKitStep';
import { StageProgress } from './StageProgress';
import { personalWords } from './personal-words';
import { PassphraseAccount } from './PassphraseAccount';

const STAGES: Stage[] = ['derive', 'generate', 'protect', 'save'];

type Props = {
  /** "setup": the first keys; "reset": new keys for someone who forgot the passphrase and has no kit. */
  mode: 'setup' | 'reset';
  onDone: () => void;
};

/**
 * Passphrase, then keys made in the vault worker with visible progress, then the recovery kit.
 * The passphrase never leaves this browser; the server gets the wraps and the public keys.
 */
export function EncryptionSetup({ mode, onDone }: Props) {
  const me = useMe();
  const newPassphrase = useNewPassphrase(personalWords(me));
  const create = useCreateKeys(mode);
  const [stage, setStage] = useState<Stage | null>(null);
  const [created, setCreated] = useState<CreatedKeys | null>(null);
  const [understood, setUnderstood] = useState(false);
  const [mustConfirm, setMustConfirm] = useState(false);
  const madeWithoutKit = created !== null && !created.recoveryCode;
  useEffect(() => {
    if (madeWithoutKit) onDone();
  }, [madeWithoutKit, onDone]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (mode === 'reset' && !understood) setMustConfirm(true);
    const ok = await newPassphrase.validate(form);
    if (!ok || (mode === 'reset' && !understood)) return;
    create.mutate(
      { accountId: me.id, passphrase: newPassphrase.passphrase, onStage: setStage },
      {
        onSuccess: (result) => {
          newPassphrase.reset();
          setCreated(result);
        },
        onSettled: () => setStage(null),
      },
    );
  }

  if (created?.recoveryCode && created.recoveryWrap) {
    return (
      <RecoveryKitStep
        code={created.recoveryCode}
        recoveryWrap={created.recoveryWrap}
        version={created.view.version}
        email={me.email}
        variant="setup"
        onDone={onDone}
      />
    );
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={create.isPending || undefined}>
      {mode === 'setup' ? (
        <p>
          Choose an <strong>encryption passphrase</strong>, different from your sign-in password. It never leaves this
          device: your browser derives your keys from it. Consilium cannot reset it for you, so pick one you will
          remember, such as a few unrelated words with a digit and a symbol.
        </p>
      ) : (
        <p>
          Choose a new encryption passphrase. Your browser makes a new key pair; cases shared with you go back to
          pending until a co-member’s browser re-shares them with your new key.
        </p>
      )}
      <PassphraseAccount />
      <PassphraseFields labels={mode === 'setup' ? SETUP_LABELS : NEW_LABELS} {...newPassphrase.fields} />
      {mode === 'reset' && (
        <CheckboxField
          label="I understand that data encrypted for my old keys becomes unreadable to me"
          checked={understood}
          onChange={(e) => {
            setUnderstood(e.target.checked);
            setMustConfirm(false);
          }}
          error={mustConfirm ? 'Tick this box to reset your keys.' : undefined}
        />
      )}
      {create.error !== null && (
        <div role="alert" className="alert alert-error"><p>{encryptionErrorMessage(create.error)}</p></div>
      )}
      <StageProgress stage={stage} stages={STAGES} />
      <div className="form-actions">
        <Button type="submit" variant={mode === 'reset' ? 'danger' : 'primary'} busy={create.isPending}>
          {mode === 'setup' ? 'Create passphrase' : 'Reset my keys'}
        </Button>
      </div>
    </form>
  );
}
