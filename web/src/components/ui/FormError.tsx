import { errorMessage, otherFieldErrors } from '../../lib/error-message';
import { PreconditionFailedError } from '../../lib/problem';
import { Button } from './Button';

type Props = {
  error: unknown;
  /** Fields that show their own errors; errors for any other field are listed here. */
  shownFields?: readonly string[];
  /** Offered after a lost update (412): fetch the current version again. */
  onReload?: () => void;
};

/** The readable message for a failed request, announced to screen readers as it appears. */
export function FormError({ error, shownFields = [], onReload }: Props) {
  if (!error) return null;
  const others = otherFieldErrors(error, shownFields);
  return (
    <div role="alert" className="alert alert-error">
      <p>{errorMessage(error)}</p>
      {others.length > 0 && (
        <ul>
          {others.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {error instanceof PreconditionFailedError && onReload && (
        <Button variant="secondary" onClick={onReload}>
          Reload
        </Button>
      )}
    </div>
  );
}
