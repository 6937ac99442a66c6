import { useParams } from 'react-router';
import { FormError } from '../../../components/ui/FormError';
import { Loading } from '../../../components/ui/Notice';
import { Page } from '../../../components/ui/Page';
import { caseRoleLabels, caseSideLabels, caseStatusLabels } from '../../../lib/labels';
import type { PendingReason } from '../../case-keys/api/case-keys';
import { formatFingerprint } from '../../encryption/api/keys';
import { useAdminCase, useKeyStatus, type MemberKeyStatus } from '../api/cases';

const REASONS: Record<PendingReason, string> = {
  NOT_YET_SHARED: 'Waiting: no member has shared it yet',
  KEYS_RESET: 'Waiting: their keys were reset',
  NO_KEYS: 'Waiting: encryption not set up',
};

/** Admin › Cases › one case: its members and, per member, whether they hold the case and chat keys. */
export function AdminCasePage() {
  const { id = '' } = useParams();
  const view = useAdminCase(id);
  const status = useKeyStatus(id);
  if (view.isPending || status.isPending) return <Loading what="Loading the case…" />;
  if (view.isError) return <FormError error={view.error} />;
  if (status.isError) return <FormError error={status.error} />;
  const byMember = new Map(status.data.members.map((m) => [m.accountId, m]));
  const rotation = status.data.generations.filter((g) => g.rotationRequested);
  return (
    <Page
      title={view.data.summary.name}
      intro={[view.data.summary.reference, caseStatusLabels[view.data.summary.status],
        ...status.data.generations.map((g) => `${g.scope === 'CASE' ? 'Case' : 'Chat'} key generation ${g.latest}`)].join(' · ')}
    >
      {rotation.length > 0 && (
        <p role="status">A member left: the next member browser that is unlocked replaces the key.</p>
      )}
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
            </tr>
          </thead>
          <tbody>
            {view.data.members.map((member) => {
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
                  <td>{keyState(keys, 'CASE')}</td>
                  <td>{keyState(keys, 'CHAT')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Page>
  );
}

function keyState(keys: MemberKeyStatus | undefined, scope: 'CASE' | 'CHAT'): string {
  const waiting = keys?.pending.filter((p) => p.scope === scope) ?? [];
  if (waiting.length === 0) return 'Shared';
  const generations = waiting.map((p) => p.generation).join(', ');
  return `${REASONS[waiting[0].reason]} (generation ${generations})`;
}
