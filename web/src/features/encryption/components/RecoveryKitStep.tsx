import { useState } from 'react';
import { Button } from '../../../components/ui/Button';
import { CheckboxField } from '../../../components/ui/Field';
import { Section } from '../../../components/ui/Page';
import { useSaveRecoveryKit } from '../api/key-actions';
import { encryptionErrorMessage } from '../api/messages';
import { PrintableKit } from './PrintableKit';

export const LOSS_WITHOUT_KIT =
  'If you forget your passphrase and have no recovery kit, everything encrypted for you before that becomes unreadable to you; co-members can re-share cases with you, but nobody — not us, not an admin — can recover it.';

type Props = {
  code: string;
  recoveryWrap: string;
  /** The keys' version the kit's wrap goes on (If-Match). */
  version: number;
  email: string;
  /** "setup": offer to skip (with a warning); "replace": offer to cancel and keep the current kit. */
  variant: 'setup' | 'replace';
  onDone: (outcome: 'saved' | 'skipped') => void;
};

/**
 * Shows the recovery code once, to print or write down. Its wrap is uploaded only when the person
 * says the kit is stored: a skipped kit never reaches the server, so no code exists that could
 * unlock the keys.
 */
export function RecoveryKitStep({ code, recoveryWrap, version, email, variant, onDone }: Props) {
  const save = useSaveRecoveryKit();
  const [stored, setStored] = useState(false);
  const [missing, setMissing] = useState(false);
  const [confirmSkip, setConfirmSkip] = useState(false);
  const [createdOn] = useState(() => new Date());

  function saveKit() {
    if (!stored) return setMissing(true);
    save.mutate({ recoveryWrap, version }, { onSuccess: () => onDone('saved') });
  }

  return (
    <Section title="Your recovery kit" intro="Optional, and strongly recommended.">
      <div className="stack">
        <p>{LOSS_WITHOUT_KIT}</p>
        <p>
          With the recovery kit you can set a new passphrase and lose nothing. Print it, or write the code down, and keep
          it somewhere safe and offline. Anyone who has the code and can sign in as you can read what is encrypted for
          you.
        </p>
        <figure className="recovery-code-box">
          <figcaption id="recovery-code-caption">Your recovery code</figcaption>
          <code className="recovery-code" aria-labelledby="recovery-code-caption">{code}</code>
        </figure>
        <p className="muted">This code is shown only now. Consilium does not keep it.</p>
        <div className="recovery-kit-actions">
          <Button variant="secondary" onClick={() => window.print()}>Print recovery kit</Button>
        </div>
        <CheckboxField
          label="I have stored my recovery kit safely"
          checked={stored}
          onChange={(e) => {
            setStored(e.target.checked);
            setMissing(false);
          }}
          error={missing ? 'Tick this box once your recovery kit is stored safely.' : undefined}
        />
        {save.error !== null && (
          <div role="alert" className="alert alert-error"><p>{encryptionErrorMessage(save.error)}</p></div>
        )}
        {confirmSkip ? (
          <div role="alert" className="alert alert-warning">
            <p><strong>Continue without a recovery kit?</strong> {LOSS_WITHOUT_KIT} You can create a kit later in Settings › Encryption.</p>
            <div className="form-actions">
              <Button variant="danger" onClick={() => onDone('skipped')}>Skip without a recovery kit</Button>
              <Button variant="secondary" onClick={() => setConfirmSkip(false)}>Back to the recovery kit</Button>
            </div>
          </div>
        ) : (
          <div className="form-actions">
            <Button busy={save.isPending} onClick={saveKit}>Continue</Button>
            {variant === 'setup' ? (
              <Button variant="link" onClick={() => setConfirmSkip(true)}>Skip for now</Button>
            ) : (
              <Button variant="link" onClick={() => onDone('skipped')}>Cancel</Button>
            )}
          </div>
        )}
      </div>
      <PrintableKit code={code} email={email} createdOn={createdOn} />
    </Section>
  );
}
