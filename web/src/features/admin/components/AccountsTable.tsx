import { Button } from '../../../components/ui/Button';
import { FormError } from '../../../components/ui/FormError';
import { Loading } from '../../../components/ui/Notice';
import { formatDate, roleLabels } from '../../../lib/labels';
import type { AccountSummary } from '../../../types/api';
import { useMe } from '../../session/api/get-session';
import { useAccounts, useSetAccountActive } from '../api/accounts';

export function AccountsTable() {
  const me = useMe();
  const accounts = useAccounts();
  const setActive = useSetAccountActive();
  if (accounts.isPending) return <Loading what="Loading accounts…" />;
  if (accounts.isError) return <FormError error={accounts.error} />;
  const busyId = setActive.isPending ? setActive.variables?.id : null;

  const row = (account: AccountSummary) => {
    const active = account.status === 'ACTIVE';
    return (
      <tr key={account.id} className={active ? undefined : 'row-muted'}>
        <td id={`account-${account.id}`}>{account.fullName}</td>
        <td>{account.email}</td>
        <td>{roleLabels[account.role]}{account.organizationOwner && ' (owner)'}</td>
        <td>{account.organization?.name ?? '—'}</td>
        <td><span className={active ? 'badge badge-active' : 'badge badge-inactive'}>{active ? 'Active' : 'Deactivated'}</span></td>
        <td className="col-optional">{formatDate(account.createdAt)}</td>
        <td className="cell-actions">
          {account.id !== me.id && (
            <Button variant={active ? 'secondary' : 'primary'} busy={busyId === account.id}
              aria-describedby={`account-${account.id}`}
              onClick={() => setActive.mutate({ id: account.id, active: !active })}>
              {active ? 'Deactivate' : 'Reactivate'}
            </Button>
          )}
        </td>
      </tr>
    );
  };

  return (
    <>
      <FormError error={setActive.error} />
      {accounts.data.length === 0 ? (
        <p className="empty">No accounts yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Accounts</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Organization</th>
                <th scope="col">Status</th>
                <th scope="col" className="col-optional">Since</th>
                <th scope="col"><span className="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>{accounts.data.map(row)}</tbody>
          </table>
        </div>
      )}
    </>
  );
}
