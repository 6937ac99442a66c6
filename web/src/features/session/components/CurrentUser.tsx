import { Button } from '../../../components/ui/Button';
import { FormError } from '../../../components/ui/FormError';
import { roleLabels } from '../../../lib/labels';
import { useMe } from '../api/get-session';
import { useSignOut } from '../api/sign-out';

/** The top bar's right side: who is signed in, and the way out. */
export function CurrentUser() {
  const me = useMe();
  const signOut = useSignOut();
  return (
    <div className="current-user">
      <div className="current-user-text">
        <span className="current-user-name">{me.fullName}</span>
        <span className="current-user-meta">
          {roleLabels[me.role]}
          {me.organization && ` · ${me.organization.name}`}
        </span>
      </div>
      <Button variant="secondary" busy={signOut.isPending} onClick={() => signOut.mutate()}>
        Sign out
      </Button>
      {signOut.isError && <FormError error={signOut.error} />}
    </div>
  );
}
