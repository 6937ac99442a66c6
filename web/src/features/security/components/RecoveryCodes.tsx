import { Button } from '../../../components/ui/Button';
import { Notice } from '../../../components/ui/Notice';

/** Shown once, right after two-factor authentication is turned on. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  return (
    <div className="stack">
      <Notice tone="success">Two-factor authentication is on.</Notice>
      <h3>Your recovery codes</h3>
      <p>
        Each code signs you in once if you lose your phone. Save them somewhere safe now, such as a password manager:
        <strong> they are shown only this once.</strong>
      </p>
      <ul className="recovery-codes">
        {codes.map((code) => (
          <li key={code}><code>{code}</code></li>
        ))}
      </ul>
      <div>
        <Button onClick={onDone}>I have saved my recovery codes</Button>
      </div>
    </div>
  );
}
