import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { TextField } from '../../../components/ui/Field';
import { Notice } from '../../../components/ui/Notice';
import { useMe } from '../../session/api/get-session';
import { useNewRecoveryKit } from '../api/key-actions';
import type { KeysView } from '../api/keys';
import { encryptionErrorMessage } from '../api/messages';
import { LOSS_WITHOUT_KIT, RecoveryKitStep } from './RecoveryKitStep';
import { PassphraseAccount } from './PassphraseAccount';

type Kit = { recoveryCode: string; recoveryWrap: string };

/**
 * "Create a new recovery kit": asks for the passphrase (the unlocked account key cannot be read
 * out of the vault, so its wrap is opened once more), shows the new code, and replaces the stored
 * kit once the person has kept the new one.
 */
export function NewRecoveryKit({ keys }: { keys: KeysView }) {
  const me = useMe();
  const make = useNewRecoveryKit();
  const [asking, setAsking] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [kit, setKit] = useState<Kit | null>(null);
  const [outcome, setOutcome] = useState<'saved' | 'skipped' | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!passphrase) return;
    make.mutate(
      { passphrase, keys },
      {
        onSuccess: (made) => {
          setPassphrase('');
          setAsking(false);
          setKit(made);
        },
      },
    );
  }

  if (kit) {
    return (
      <RecoveryKitStep
        code={kit.recoveryCode}
        recoveryWrap={kit.recoveryWrap}
        version={keys.version}
        email={me.email}
        variant="replace"
        onDone={(result) => {
          setKit(null);
          setOutcome(result);
        }}
      />
    );
  }

  return (
    <div className="stack">
      {outcome === 'saved' && <Notice tone="success">Your new recovery kit is active. Any earlier kit no longer works.</Notice>}
      {outcome === 'skipped' && <Notice>No new recovery kit was made. Your previous kit, if any, still works.</Notice>}
      <p>
        {keys.recoveryWrap
          ? 'You have a recovery kit. Creating a new one makes the old one stop working.'
          : `You have no recovery kit. ${LOSS_WITHOUT_KIT}`}
      </p>
      {asking ? (
        <form className="form form-inline" onSubmit={submit} noValidate aria-busy={make.isPending || undefined}>
          <PassphraseAccount />
          <TextField
            label="Confirm with your passphrase"
            type="password"
            autoComplete="current-password"
            spellCheck={false}
            required
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
          {make.error !== null && (
            <div role="alert" className="alert alert-error"><p>{encryptionErrorMessage(make.error)}</p></div>
          )}
          <p role="status" className="field-hint">{make.isPending ? 'Deriving key from passphrase…' : ''}</p>
          <div className="form-actions">
            <Button type="submit" busy={make.isPending}>Create recovery kit</Button>
            <Button variant="link" onClick={() => setAsking(false)}>Cancel</Button>
          </div>
        </form>
      ) : (
        <div>
          <Button variant="secondary" onClick={() => setAsking(true)}>Create a new recovery kit</Button>
        </div>
      )}
    </div>
  );
}
