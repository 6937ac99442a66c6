import { caseRoleLabels, caseSideLabels, formatDate } from '../../../lib/labels';
import type { CaseCollaborator, CaseMember, MemberCaseView } from '../../../types/api';
import { formatFingerprint } from '../../encryption/api/keys';
import type { PendingReason } from '../../case-keys/api/case-keys';
import { usePins } from '../../case-keys/key-sharing';
import { keyChange } from '../../case-keys/pins';
import type { CaseKeyState } from '../../case-keys/sync';
import type { MemberFingerprints } from '../../case-keys/use-member-keys';

const WAITING: Record<PendingReason, string> = {
  NOT_YET_SHARED: 'Waiting to be shared',
  KEYS_RESET: 'Waiting: their keys were reset',
  NO_KEYS: 'Waiting: encryption not set up',
};

type Props = {
  view: MemberCaseView;
  /** Per member: when they joined, how many actions, the last one; absent while loading. */
  activity?: readonly CaseCollaborator[];
  keys?: CaseKeyState;
  fingerprints?: MemberFingerprints;
};

/** Members with side, role, their activity, key fingerprint and whether they hold the current case key. */
export function CaseMembers({ view, activity, keys, fingerprints }: Props) {
  const me = view.me.accountId;
  const pins = usePins(me);
  const activityOf = new Map(activity?.map((a) => [a.accountId, a]));

  const keyStatus = (member: CaseMember) => {
    if (!keys) return '…';
    const pending = keys.view.pending.find((p) => p.scope === 'CASE' && p.recipientId === member.accountId);
    if (pending) return WAITING[pending.reason];
    return keys.view.generations.some((g) => g.scope === 'CASE') ? 'Shared' : 'Not created yet';
  };

  return (
    <div className="table-wrap">
      <table className="table members-table">
        <caption className="visually-hidden">Members of this case</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Side</th>
            <th scope="col">Role</th>
            <th scope="col">Added</th>
            <th scope="col">Actions</th>
            <th scope="col">Last action</th>
            <th scope="col">Key fingerprint</th>
            <th scope="col">Case key</th>
          </tr>
        </thead>
        <tbody>
          {view.members.map((member) => {
            const fingerprint = fingerprints?.[member.accountId];
            const changed = member.accountId !== me && keyChange(pins, member.accountId) !== null;
            const stats = activityOf.get(member.accountId);
            return (
              <tr key={member.accountId}>
                <th scope="row">
                  {member.fullName}
                  {member.accountId === me && <span className="badge">You</span>}
                </th>
                <td>{caseSideLabels[member.side]}</td>
                <td>{caseRoleLabels[member.role]}</td>
                <td><time dateTime={member.addedAt}>{formatDate(member.addedAt)}</time></td>
                <td>{stats ? stats.actions : '…'}</td>
                <td>
                  {stats?.lastActionAt ? (
                    <time dateTime={stats.lastActionAt}>{formatDate(stats.lastActionAt, true)}</time>
                  ) : (
                    <span className="muted">{stats ? 'None yet' : '…'}</span>
                  )}
                </td>
                <td>
                  {fingerprint === undefined && <span className="muted">…</span>}
                  {fingerprint === null && <span className="muted">No encryption keys yet</span>}
                  {fingerprint && <code className="fingerprint-value fingerprint-small">{formatFingerprint(fingerprint)}</code>}
                  {changed && <span className="badge badge-pending">Changed, not verified</span>}
                </td>
                <td>{keyStatus(member)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
