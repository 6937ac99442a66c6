import { useState } from 'react';
import { Button } from '../../../components/ui/Button';
import { FormError } from '../../../components/ui/FormError';
import { Loading } from '../../../components/ui/Notice';
import type { AccountSummary } from '../../../types/api';
import { useMembers } from '../api/get-members';
import { useRemoveMember } from '../api/remove-member';

/** The owner's view of the members; removing one asks for a second click (it deactivates them). */
export function MembersTable({ myId }: { myId: string }) {
  const members = useMembers();
  const remove = useRemoveMember();
  const [confirming, setConfirming] = useState<string | null>(null);

  if (members.isPending) return <Loading what="Loading members…" />;
  if (members.isError) return <FormError error={members.error} />;

  const row = (member: AccountSummary) => (
    <tr key={member.id}>
      <td id={`member-${member.id}`}>{member.fullName}{member.organizationOwner && <span className="badge">Owner</span>}</td>
      <td>{member.email}</td>
      <td>{member.status === 'ACTIVE' ? 'Active' : 'Deactivated'}</td>
      <td className="cell-actions">
        {member.id !== myId && member.status === 'ACTIVE' && confirming !== member.id && (
          <Button variant="secondary" aria-describedby={`member-${member.id}`} onClick={() => setConfirming(member.id)}>
            Remove
          </Button>
        )}
        {confirming === member.id && (
          <span className="confirm">
            <span>Remove {member.fullName} and deactivate the account?</span>
            <Button variant="danger" busy={remove.isPending}
              onClick={() => remove.mutate(member.id, { onSuccess: () => setConfirming(null) })}>
              Confirm removal
            </Button>
            <Button variant="link" onClick={() => setConfirming(null)}>Cancel</Button>
          </span>
        )}
      </td>
    </tr>
  );

  return (
    <>
      <FormError error={remove.error} />
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Members of your organization</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Status</th>
              <th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>{members.data.map(row)}</tbody>
        </table>
      </div>
    </>
  );
}
