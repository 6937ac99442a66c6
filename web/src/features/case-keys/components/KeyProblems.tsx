import type { CaseMember } from '../../../types/api';
import type { CaseKeyState } from '../sync';

/**
 * Grants to me that did not verify (a forged or tampered grant, or one signed by a key that is not
 * the granter's) and what this browser could not share. Grants to a key I had before a reset are
 * expected and not shown.
 */
export function KeyProblems({ state, members }: { state?: CaseKeyState; members: readonly CaseMember[] }) {
  if (!state || (!state.failed.length && !state.problems.length)) return null;
  const name = (id: string) => members.find((m) => m.accountId === id)?.fullName ?? 'a former member';
  const granters = [...new Set(state.failed.map((f) => name(f.granterId)))];
  return (
    <>
      {granters.length > 0 && (
        <div role="alert" className="alert alert-error">
          <p>
            A case key shared with you by {granters.join(', ')} cannot be verified, so this browser did not use it. Ask
            them to check their encryption keys.
          </p>
        </div>
      )}
      {state.problems.length > 0 && (
        <div role="status" className="alert alert-warning">
          <p>Sharing the case key did not fully succeed:</p>
          <ul>
            {state.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
