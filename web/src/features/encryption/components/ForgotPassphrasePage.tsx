import { useState } from 'react';
import { Link } from 'react-router';
import { FormError } from '../../../components/ui/FormError';
import { Loading, Notice } from '../../../components/ui/Notice';
import { Page, Section } from '../../../components/ui/Page';
import { useMyKeys } from '../api/keys';
import { EncryptionSetup } from './EncryptionSetup';
import { RecoverForm } from './RecoverForm';
import { LOSS_WITHOUT_KIT } from './RecoveryKitStep';

type Choice = 'kit' | 'no-kit';

/** Settings › Encryption › Forgot your passphrase?: with the recovery kit, or a reset to new keys. */
export function ForgotPassphrasePage() {
  const keys = useMyKeys();
  const [choice, setChoice] = useState<Choice | null>(null);
  const [done, setDone] = useState<'recovered' | 'reset' | null>(null);

  if (keys.isPending) return <Page title="Forgot your passphrase?"><Loading /></Page>;
  if (keys.isError) return <Page title="Forgot your passphrase?"><FormError error={keys.error} /></Page>;
  const back = <Link to="/settings/encryption">Back to encryption settings</Link>;

  if (done) {
    return (
      <Page title="Forgot your passphrase?">
        <Notice tone="success">
          {done === 'recovered' ? (
            <p>Your new passphrase is set and your vault is unlocked. Nothing was lost.</p>
          ) : (
            <p>
              Your keys have been reset and your vault is unlocked. Cases shared with you are pending until a co-member’s
              browser re-shares them with your new key.
            </p>
          )}
        </Notice>
        <p>{back}</p>
      </Page>
    );
  }
  if (!keys.data) {
    return (
      <Page title="Forgot your passphrase?">
        <p>You have not set up encryption yet, so there is no passphrase to recover. <Link to="/settings/encryption">Set up encryption</Link></p>
      </Page>
    );
  }

  const hasKit = keys.data.recoveryWrap !== null;
  const selected: Choice | null = hasKit ? choice : 'no-kit';
  return (
    <Page title="Forgot your passphrase?" intro="Nobody can look up your passphrase: not us, not an admin. Here is what you can do.">
      {hasKit ? (
        <fieldset className="choice-group">
          <legend>Do you have your recovery kit?</legend>
          <label className="choice">
            <input type="radio" name="kit" checked={choice === 'kit'} onChange={() => setChoice('kit')} />
            Yes, I have my recovery code
          </label>
          <label className="choice">
            <input type="radio" name="kit" checked={choice === 'no-kit'} onChange={() => setChoice('no-kit')} />
            No, I do not have it
          </label>
        </fieldset>
      ) : (
        <Notice tone="warning"><p>You have no recovery kit on file. The only way forward is new keys.</p></Notice>
      )}
      {selected === 'kit' && (
        <Section title="Recover with your recovery kit">
          <RecoverForm keys={keys.data} onDone={() => setDone('recovered')} />
        </Section>
      )}
      {selected === 'no-kit' && (
        <Section title="Reset your keys">
          <div role="note" className="alert alert-warning">
            <p>{LOSS_WITHOUT_KIT}</p>
            <p>Your account stays as it is; only your encryption keys are replaced.</p>
          </div>
          <EncryptionSetup mode="reset" onDone={() => setDone('reset')} />
        </Section>
      )}
      <p>{back}</p>
    </Page>
  );
}
