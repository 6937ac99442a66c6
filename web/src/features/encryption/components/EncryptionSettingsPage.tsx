import { useEffect, useState } from 'react';
import { FormError } from '../../../components/ui/FormError';
import { Loading, Notice } from '../../../components/ui/Notice';
import { Page, Section } from '../../../components/ui/Page';
import { useVaultStatus } from '../../../vault';
import { useMyKeys } from '../api/keys';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { EncryptionSetup } from './EncryptionSetup';
import { KeyFingerprint } from './KeyFingerprint';
import { NewRecoveryKit } from './NewRecoveryKit';
import { VaultGate } from './VaultGate';

/** Settings › Encryption: setup for whoever has no keys; otherwise fingerprint, passphrase and recovery kit. */
export function EncryptionSettingsPage() {
  const keys = useMyKeys();
  const vault = useVaultStatus();
  // Setup stays on screen through its recovery-kit step, although the keys exist from its upload on.
  const [settingUp, setSettingUp] = useState(false);
  const [justSetUp, setJustSetUp] = useState(false);
  useEffect(() => {
    if (keys.data === null) setSettingUp(true);
  }, [keys.data]);

  if (keys.isPending) return <Page title="Encryption"><Loading what="Loading your keys…" /></Page>;
  if (keys.isError) return <Page title="Encryption"><FormError error={keys.error} /></Page>;

  if (settingUp || !keys.data) {
    return (
      <Page title="Encryption" intro="Set up encryption to work on cases: your keys are made in this browser.">
        <Section title="Set up encryption">
          <EncryptionSetup
            mode="setup"
            onDone={() => {
              setSettingUp(false);
              setJustSetUp(true);
            }}
          />
        </Section>
      </Page>
    );
  }

  return (
    <Page title="Encryption" intro="Case content is encrypted in your browser with keys only you can unlock.">
      {justSetUp && <Notice tone="success">Encryption is set up and your vault is unlocked.</Notice>}
      <Section title="Your keys">
        <KeyFingerprint fingerprint={keys.data.fingerprint} />
        <p className="muted">
          Others see this fingerprint on your profile and can compare it with you, for example by phone, to be sure
          they share cases with your real key. It changes only if you reset your keys.
        </p>
        <p>{vault.unlocked ? 'Your vault is unlocked in this browser.' : 'Your vault is locked.'}</p>
      </Section>
      <VaultGate>
        <Section title="Change passphrase">
          <ChangePassphraseForm keys={keys.data} />
        </Section>
        <Section title="Recovery kit">
          <NewRecoveryKit keys={keys.data} />
        </Section>
      </VaultGate>
    </Page>
  );
}
