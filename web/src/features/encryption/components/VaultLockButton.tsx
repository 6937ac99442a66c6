import { lockVault, useVaultStatus } from '../../../vault';

/**
 * The top bar's lock: "Lock vault" locks at once, in every tab; once locked it shows a closed lock
 * named "Vault locked" (the vault opens again on the first page that needs keys).
 */
export function VaultLockButton() {
  const { unlocked } = useVaultStatus();
  if (!unlocked) {
    return (
      <button
        type="button"
        className="vault-lock vault-lock-locked"
        aria-label="Vault locked"
        aria-disabled="true"
        title="Your vault is locked. It asks for your passphrase on the first page that needs your keys."
      >
        <LockIcon open={false} />
      </button>
    );
  }
  return (
    <button
      type="button"
      className="vault-lock vault-lock-open"
      aria-label="Lock vault"
      title="Your vault is unlocked. Lock it now, in every tab."
      onClick={() => void lockVault('manual')}
    >
      <LockIcon open />
    </button>
  );
}

function LockIcon({ open }: { open: boolean }) {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <rect x="5" y="11" width="14" height="10" rx="2" fill="none" stroke="currentColor" strokeWidth="2" />
      <path
        d={open ? 'M8 11V7a4 4 0 0 1 7.75-1.4' : 'M8 11V7a4 4 0 0 1 8 0v4'}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
      {!open && <circle cx="12" cy="16" r="1.5" fill="currentColor" />}
    </svg>
  );
}
