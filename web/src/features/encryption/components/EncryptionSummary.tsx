import { Link } from 'react-router';
import { Section } from '../../../components/ui/Page';
import { useVaultStatus } from '../../../vault';
import { useMyKeys } from '../api/keys';
import { KeyFingerprint } from './KeyFingerprint';

/** For the dashboard: the vault's state and the person's fingerprint. */
export function EncryptionSummary() {
  const keys = useMyKeys();
  const vault = useVaultStatus();
  if (!keys.data) return null;
  return (
    <Section title="Encryption">
      <p>
        {vault.unlocked
          ? 'Your vault is unlocked: encrypted case content opens in this browser.'
          : 'Your vault is locked. It asks for your passphrase when you open encrypted case content.'}
      </p>
      <KeyFingerprint fingerprint={keys.data.fingerprint} />
      <p><Link to="/settings/encryption">Encryption settings</Link></p>
    </Section>
  );
}
