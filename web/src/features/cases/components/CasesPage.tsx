import { Link } from 'react-router';
import { FormError } from '../../../components/ui/FormError';
import { Loading } from '../../../components/ui/Notice';
import { Page } from '../../../components/ui/Page';
import { caseStatusLabels, formatDate } from '../../../lib/labels';
import type { CaseSummary } from '../../../types/api';
import { VaultGate } from '../../encryption/components/VaultGate';
import { useMe } from '../../session/api/get-session';
import { useCases } from '../api/cases';

/**
 * "Cases & Records": the cases I am on, most recent activity first. Behind the vault like every case
 * page: unlocking here also lets this browser share keys with members waiting for them.
 */
export function CasesPage() {
  const me = useMe();
  const mayCreate = me.role === 'REQUESTER';
  return (
    <Page
      title="Cases & Records"
      actions={mayCreate && <Link to="/cases/new" className="btn btn-primary">New case</Link>}
    >
      <VaultGate>
        <CaseList mayCreate={mayCreate} />
      </VaultGate>
    </Page>
  );
}

function CaseList({ mayCreate }: { mayCreate: boolean }) {
  const cases = useCases();
  return (
    <>
      {cases.isPending && <Loading what="Loading cases…" />}
      {cases.isError && <FormError error={cases.error} />}
      {cases.data && cases.data.length === 0 && (
        <p className="empty">
          {mayCreate ? 'No cases yet. Create the first one with “New case”.' : 'No cases yet. Cases you are assigned to appear here.'}
        </p>
      )}
      {cases.data && cases.data.length > 0 && <CasesTable cases={cases.data} />}
    </>
  );
}

/** The case list's columns (product.md); `linkTo` says where a case name leads (members vs admins). */
export function CasesTable({ cases, linkTo = (id) => `/cases/${id}` }: { cases: CaseSummary[]; linkTo?: (id: string) => string }) {
  return (
    <div className="table-wrap">
      <table className="table cases-table">
        <caption className="visually-hidden">Your cases</caption>
        <thead>
          <tr>
            <th scope="col">Case Name</th>
            <th scope="col">Doctor</th>
            <th scope="col">Status</th>
            <th scope="col">Created Date</th>
            <th scope="col">Last Activity</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link to={linkTo(c.id)}>{c.name}</Link>
                <span className="case-reference">{c.reference}</span>
              </th>
              <td>{c.doctor?.fullName ?? <span className="muted">Not assigned</span>}</td>
              <td><span className={`badge badge-status badge-status-${c.status.toLowerCase()}`}>{caseStatusLabels[c.status]}</span></td>
              <td><time dateTime={c.createdAt}>{formatDate(c.createdAt)}</time></td>
              <td><time dateTime={c.lastActivityAt}>{formatDate(c.lastActivityAt, true)}</time></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
