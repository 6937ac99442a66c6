import { useState } from 'react';
import { Button } from '../../../components/ui/Button';
import { FormError } from '../../../components/ui/FormError';
import { Notice } from '../../../components/ui/Notice';
import { useMe } from '../../session/api/get-session';
import { useStartSecondFactor } from '../api/second-factor';
import { ConfirmSecondFactor } from './ConfirmSecondFactor';
import { DisableSecondFactor } from './DisableSecondFactor';
import { RecoveryCodes } from './RecoveryCodes';

/** Off → "Set up" → secret shown, code confirmed → recovery codes shown once → on. */
export function TwoFactorSection() {
  const me = useMe();
  const start = useStartSecondFactor();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  if (recoveryCodes) {
    return <RecoveryCodes codes={recoveryCodes} onDone={() => { setRecoveryCodes(null); start.reset(); }} />;
  }
  if (me.secondFactorEnabled) return <DisableSecondFactor />;
  if (start.data) {
    return <ConfirmSecondFactor enrolment={start.data} onConfirmed={setRecoveryCodes} onCancel={() => start.reset()} />;
  }
  return (
    <div className="stack">
      <Notice>
        Two-factor authentication is off. With it on, signing in also asks for a code from an authenticator app on
        your phone.
      </Notice>
      <FormError error={start.error} />
      <div>
        <Button busy={start.isPending} onClick={() => start.mutate()}>Set up two-factor authentication</Button>
      </div>
    </div>
  );
}
