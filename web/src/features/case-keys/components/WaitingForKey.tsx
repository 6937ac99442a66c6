import { Notice } from '../../../components/ui/Notice';

const WAITING_FOR_KEY = 'Waiting for a case member to share the case key with you…';

/** This browser does not hold the case key yet; the background sharing brings it, and the page follows. */
export function WaitingForKey() {
  return (
    <Notice tone="info" className="waiting-for-key">
      <p><span className="spinner" aria-hidden="true" /> {WAITING_FOR_KEY}</p>
    </Notice>
  );
}
