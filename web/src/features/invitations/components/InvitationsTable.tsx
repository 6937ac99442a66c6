import { Button } from '../../../components/ui/Button';
import { formatDate, invitationStatusLabels, roleLabels } from '../../../lib/labels';
import type { Invitation } from '../../../types/api';

type Props = {
  caption: string;
  invitations: Invitation[];
  showOrganization?: boolean;
  /** When given, pending invitations get a "Revoke" button. */
  onRevoke?: (invitation: Invitation) => void;
  revoking?: string | null;
};

export function InvitationsTable({ caption, invitations, showOrganization = false, onRevoke, revoking }: Props) {
  if (invitations.length === 0) return <p className="empty">No invitations yet.</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            {showOrganization && <th scope="col">Organization</th>}
            <th scope="col">Status</th>
            <th scope="col">Expires</th>
            {onRevoke && <th scope="col"><span className="visually-hidden">Actions</span></th>}
          </tr>
        </thead>
        <tbody>
          {invitations.map((invitation) => (
            <tr key={invitation.id}>
              <td id={`invitation-${invitation.id}`}>{invitation.email}</td>
              <td>{roleLabels[invitation.role]}{invitation.organizationOwner && ' (owner)'}</td>
              {showOrganization && <td>{invitation.organization?.name ?? '—'}</td>}
              <td><span className={`badge badge-${invitation.status.toLowerCase()}`}>{invitationStatusLabels[invitation.status]}</span></td>
              <td>{formatDate(invitation.expiresAt, true)}</td>
              {onRevoke && (
                <td className="cell-actions">
                  {invitation.status === 'PENDING' && (
                    <Button variant="secondary" busy={revoking === invitation.id} onClick={() => onRevoke(invitation)}
                      aria-describedby={`invitation-${invitation.id}`}>
                      Revoke
                    </Button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
