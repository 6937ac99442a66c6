import { caseRoleLabels, caseSideLabels } from '../../../lib/labels';
import type { CaseMember } from '../../../types/api';
import type { ApiScope, PendingReason } from '../../case-keys/api/case-keys';
import { formatFingerprint } from '../../encryption/api/keys';
import type { KeyStatus, MemberKeyStatus } from '../api/cases';

const REASONS: Record<PendingReason, string> = {
  NOT_YET_SHARED: 'Waiting: no member has shared it yet',
  KEYS_RESET: 'Waiting: their keys were reset',
  NO_KEYS: 'Waiting: encryption not set up',
};

/**
 * Per member: whether they hold the case key, the chat key and their side's memo key, so an admin can see
 * where sharing is stuck.
 */
export function MemberKeysTable({ members, keyStatus }: { members: readonly CaseMember[]; keyStatus: KeyStatus }) {
  const byMember = new Map(keyStatus.members.map((m) => [m.accountId, m]));
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>Members and their keys</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Side</th>
            <th scope="col">Role</th>
            <th scope="col">Key fingerprint</th>
            <th scope="col">Case key</th>
            <th scope="col">Chat key</th>
            <th scope="col">Memo key</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => {
            const keys = byMember.get(member.accountId);
            return (
              <tr key={member.accountId}>
                <th scope="row">{member.fullName}</th>
                <td>{caseSideLabels[member.side]}</td>
                <td>{caseRoleLabels[member.role]}</td>
                <td>
                  {keys?.fingerprint ? (
                    <code className="fingerprint-value fingerprint-small">{formatFingerprint(keys.fingerprint)}</code>
                  ) : (
                    <span className="muted">No encryption keys yet</span>
                  )}
                </td>
                <td>{keyState(keyStatus, keys, 'CASE')}</td>
                <td>{keyState(keyStatus, keys, 'CHAT')}</td>
                <td>{keyState(keyStatus, keys, member.side === 'REQUESTER' ? 'REQUESTER_MEMOS' : 'PROVIDER_MEMOS')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function keyState(status: KeyStatus, keys: MemberKeyStatus | undefined, scope: ApiScope): string {
  // A scope's first key is made by the first browser entitled to it that opens the case.
  if (!status.generations.some((g) => g.scope === scope)) return 'Not made yet';
  const waiting = keys?.pending.filter((p) => p.scope === scope) ?? [];
  if (waiting.length === 0) return 'Shared';
  const generations = waiting.map((p) => p.generation).join(', ');
  return `${REASONS[waiting[0].reason]} (generation ${generations})`;
}
