import { FormError } from '../../../components/ui/FormError';
import { VaultError } from '../../../vault';
import { KeyNotAvailableError } from '../../cases/api/notes';

/** Why sealing or saving failed, in words: the vault's reasons too, which the server never sees. */
export function WriteError({ error, onReload }: { error: Error; onReload?: () => void }) {
  if (error instanceof KeyNotAvailableError || error instanceof VaultError) {
    const message =
      error instanceof VaultError
        ? error.kind === 'locked'
          ? 'Your vault locked meanwhile. Unlock it and try again.'
          : 'The text could not be encrypted. Try again.'
        : error.message;
    return (
      <div role="alert" className="alert alert-error">
        <p>{message}</p>
      </div>
    );
  }
  return <FormError error={error} onReload={onReload} />;
}
