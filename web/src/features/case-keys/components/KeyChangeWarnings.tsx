import { useId } from 'react';
import { Button } from '../../../components/ui/Button';
import type { CaseMember } from '../../../types/api';
import { formatFingerprint } from '../../encryption/api/keys';
import { pinStore, usePins } from '../key-sharing';
import { keyChange, type KeyChange } from '../pins';

/**
 * Loud, until dismissed by "Mark as verified": a co-member's key is not the one this browser saw
 * before. Sharing with them goes on (a reset must not lock them out); the person should compare
 * the fingerprint with them by another channel.
 */
export function KeyChangeWarnings({ me, members }: { me: string; members: readonly CaseMember[] }) {
  const pins = usePins(me);
  const changes = members
    .filter((member) => member.accountId !== me)
    .map((member) => ({ member, change: keyChange(pins, member.accountId) }))
    .filter((entry): entry is { member: CaseMember; change: KeyChange } => entry.change !== null);
  if (!changes.length) return null;
  return (
    <div className="key-changes">
      {changes.map(({ member, change }) => (
        <KeyChangeWarning key={member.accountId} me={me} member={member} change={change} />
      ))}
    </div>
  );
}

function KeyChangeWarning({ me, member, change }: { me: string; member: CaseMember; change: KeyChange }) {
  const textId = useId();
  return (
    <div role="alert" className="alert alert-error key-change">
      <p id={textId}>
        <strong>{member.fullName}'s encryption key changed on this case.</strong> Compare the new fingerprint with
        them: <code className="fingerprint-value">{formatFingerprint(change.current)}</code>
      </p>
      <p className="field-hint">
        A key changes when someone resets their encryption, for example after losing their passphrase. Compare the
        fingerprint with {member.fullName} by phone or in person before you trust it: a different one means someone
        else may be receiving what is shared with them.
      </p>
      <Button variant="secondary" aria-describedby={textId} onClick={() => pinStore(me).markVerified(member.accountId, change.current)}>
        Mark as verified
      </Button>
    </div>
  );
}
