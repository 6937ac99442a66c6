import { useId } from 'react';
import { formatFingerprint } from '../api/keys';

/** "Your key fingerprint": 16 groups of 4 hex digits, what others compare to trust your key. */
export function KeyFingerprint({ fingerprint, label = 'Your key fingerprint' }: { fingerprint: string; label?: string }) {
  const id = useId();
  return (
    <div className="fingerprint">
      <p id={id} className="fingerprint-label">{label}</p>
      <code className="fingerprint-value" aria-labelledby={id}>{formatFingerprint(fingerprint)}</code>
    </div>
  );
}
