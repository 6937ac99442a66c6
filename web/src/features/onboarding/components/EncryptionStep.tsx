import { Link } from 'react-router';
import { Button } from '../../../components/ui/Button';

/**
 * Step 3, described but not yet available: the passphrase, key pair and vault arrive with the
 * encryption feature. Until then onboarding stays incomplete and no case page opens.
 */
export function EncryptionStep() {
  return (
    <>
      <p className="step-intro">
        Consilium encrypts case content — notes, documents, patient details, recommendations and chat — in your
        browser before it leaves your device. Nobody running the servers can read it.
      </p>
      <ul className="plain-list">
        <li>You will choose an <strong>encryption passphrase</strong>, different from your sign-in password. It never leaves your device.</li>
        <li>Your browser creates your key pair. The private key is stored only in a form locked by your passphrase.</li>
        <li>You unlock your vault with the passphrase when you open encrypted case content.</li>
      </ul>
      <div className="alert alert-info">
        <p>
          <strong>Not available yet.</strong> Encryption setup comes with the encryption feature. Until you finish it,
          you can use your account and settings, but not work on cases.
        </p>
      </div>
      <div className="form-actions">
        <Button disabled>Create passphrase</Button>
        <Link to="/">Continue to your dashboard</Link>
      </div>
    </>
  );
}
