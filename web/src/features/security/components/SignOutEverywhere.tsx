import { Button } from '../../../components/ui/Button';
import { FormError } from '../../../components/ui/FormError';
import { useSignOutEverywhere } from '../api/sign-out-everywhere';

export function SignOutEverywhere() {
  const signOut = useSignOutEverywhere();
  return (
    <div className="stack">
      <p>
        Lost a device, or signed in on a shared computer? This ends every session of your account, on all devices,
        including this one.
      </p>
      <FormError error={signOut.error} />
      <div>
        <Button variant="secondary" busy={signOut.isPending} onClick={() => signOut.mutate()}>
          Sign out everywhere
        </Button>
      </div>
    </div>
  );
}
