import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/Button';
import { TextField } from '../../../components/ui/Field';
import { describeWait, type LockReason, type Stage } from '../../../vault';
import type { KeysView } from '../api/keys';
import { useUnlock } from '../api/key-actions';
import { KEYS_CHANGED_ELSEWHERE, encryptionErrorMessage, retryAfter } from '../api/messages';
import { idleMinutesText } from './lock-reasons';
import { PassphraseAccount } from './PassphraseAccount';

const REASONS: Partial<Record<LockReason, () => string>> = {
  'keys-changed': () => KEYS_CHANGED_ELSEWHERE,
  idle: () => `Your vault locked after ${idleMinutesText()} without activity.`,
};

/** "Unlock your vault": the passphrase opens the keys inside the vault worker, never in the page. */
export function UnlockForm({ keys, reason }: { keys: KeysView; reason?: LockReason }) {
  const headingId = useId();
  const unlock = useUnlock();
  const [passphrase, setPassphrase] = useState('');
  const [stage, setStage] = useState<Stage | null>(null);
  const [blockedUntil, setBlockedUntil] = useState(0);
  const [, rerender] = useState(0);
  const blocked = blockedUntil > Date.now();

  useEffect(() => {
    if (!blocked) return;
    const timer = setTimeout(() => rerender((n) => n + 1), blockedUntil - Date.now() + 50);
    return () => clearTimeout(timer);
  }, [blocked, blockedUntil]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (blocked || !passphrase) return;
    unlock.mutate(
      { passphrase, keys, onStage: setStage },
      {
        onSuccess: () => setPassphrase(''),
        onError: (error) => {
          const wait = retryAfter(error);
          if (wait) setBlockedUntil(Date.now() + wait);
        },
        onSettled: () => setStage(null),
      },
    );
  }

  const notice = reason && REASONS[reason]?.();
  return (
    <section className="section vault-gate" aria-labelledby={headingId}>
      <h2 id={headingId}>Unlock your vault</h2>
      <p className="section-intro">
        Your encryption keys are locked. Enter your encryption passphrase to open them in this browser; it is not sent
        anywhere.
      </p>
      {notice && <div role="status" className="alert alert-warning"><p>{notice}</p></div>}
      <form className="form form-inline" onSubmit={submit} noValidate aria-busy={unlock.isPending || undefined}>
        <PassphraseAccount />
        <TextField
          label="Passphrase"
          type="password"
          autoComplete="current-password"
          spellCheck={false}
          required
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
        />
        {unlock.error !== null && !unlock.isPending && (
          <div role="alert" className="alert alert-error">
            <p>{encryptionErrorMessage(unlock.error)}</p>
            {!blocked && blockedUntil > 0 && <p>You can try again now.</p>}
          </div>
        )}
        <p role="status" className="field-hint">
          {stage ? 'Deriving key from passphrase…' : blocked ? `Unlock is paused for ${describeWait(blockedUntil - Date.now())}.` : ''}
        </p>
        {unlock.isPending && <progress aria-label="Unlocking" />}
        <div className="form-actions">
          <Button type="submit" busy={unlock.isPending} disabled={blocked}>Unlock</Button>
          <Link to="/settings/encryption/forgot">Forgot your passphrase?</Link>
        </div>
      </form>
    </section>
  );
}
