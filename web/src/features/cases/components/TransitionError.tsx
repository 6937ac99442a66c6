import { transitionErrorMessage } from '../case-actions';

/** Why a lifecycle step failed; after a lost race, that the case shown is now the current one. */
export function TransitionError({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <div role="alert" className="alert alert-error">
      <p>{transitionErrorMessage(error)}</p>
    </div>
  );
}
