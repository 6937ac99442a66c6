import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Loading } from '../../../components/ui/Notice';
import { FormError } from '../../../components/ui/FormError';
import { useVaultStatus } from '../../../vault';
import { useMe } from '../../session/api/get-session';
import { useMyKeys } from '../api/keys';
import { UnlockForm } from './UnlockForm';

/**
 * Wraps what needs the person's keys: the lock screen while the vault is locked, the children once
 * it is unlocked (for this account).
 */
export function VaultGate({ children }: { children: ReactNode }) {
  const me = useMe();
  const status = useVaultStatus();
  const keys = useMyKeys();
  if (status.unlocked && status.accountId === me.id) return children;
  if (keys.isPending) return <Loading what="Loading your keys…" />;
  if (keys.isError) return <FormError error={keys.error} />;
  if (!keys.data) {
    return (
      <div className="alert alert-info">
        <p>
          You have not set up encryption yet. <Link to="/settings/encryption">Set up encryption</Link>
        </p>
      </div>
    );
  }
  return <UnlockForm keys={keys.data} reason={status.reason} />;
}
