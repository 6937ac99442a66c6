import { Page } from '../../../components/ui/Page';
import { CaseList } from '../../cases/components/CaseList';
import type { CaseFilter } from '../../cases/list-query';

const ADMIN_FILTERS: CaseFilter[] = ['status', 'engagementType', 'specialtyId', 'providerId', 'organizationId'];

/** Admin › Cases: every case's metadata, to assign cases and monitor the workflow and key sharing. */
export function AdminCasesPage() {
  return (
    <Page title="Cases" intro="Admins see what cases are and who is on them; their content stays encrypted for the members.">
      <CaseList
        source="/api/admin/cases"
        filters={ADMIN_FILTERS}
        caption="All cases"
        linkTo={(id) => `/admin/cases/${id}`}
        emptyActive="No active cases."
      />
    </Page>
  );
}
