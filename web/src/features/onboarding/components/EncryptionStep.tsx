import { useNavigate } from 'react-router';
import { EncryptionSetup } from '../../encryption/components/EncryptionSetup';

/**
 * Step 3: the encryption passphrase, the key pair made in this browser, and the recovery kit.
 * Finishing it unlocks the vault and completes onboarding.
 */
export function EncryptionStep() {
  const navigate = useNavigate();
  return (
    <>
      <p className="step-intro">
        Consilium encrypts case content — notes, documents, patient details, recommendations and chat — in your
        browser before it leaves your device. Nobody running the servers can read it.
      </p>
      <ul className="plain-list">
        <li>You choose an <strong>encryption passphrase</strong>, different from your sign-in password. It never leaves your device.</li>
        <li>Your browser creates your key pair. The private key is stored only in a form locked by your passphrase.</li>
        <li>You unlock your vault with the passphrase when you open encrypted case content.</li>
      </ul>
      <EncryptionSetup mode="setup" onDone={() => navigate('/', { replace: true })} />
    </>
  );
}
