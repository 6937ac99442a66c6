import { FormError } from '../../../components/ui/FormError';
import { Loading } from '../../../components/ui/Notice';
import { Page } from '../../../components/ui/Page';
import { CasesTable } from '../../cases/components/CasesPage';
import { useAdminCases } from '../api/cases';

/** Admin › Cases: every case's metadata, to monitor the workflow and key sharing. */
export function AdminCasesPage() {
  const cases = useAdminCases();
  return (
    <Page title="Cases" intro="Admins see what cases are and who is on them; their content stays encrypted for the members.">
      {cases.isPending && <Loading what="Loading cases…" />}
      {cases.isError && <FormError error={cases.error} />}
      {cases.data && cases.data.length === 0 && <p className="empty">No cases yet.</p>}
      {cases.data && cases.data.length > 0 && <CasesTable cases={cases.data} linkTo={(id) => `/admin/cases/${id}`} />}
    </Page>
  );
}
