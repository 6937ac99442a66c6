import { Link, useParams } from 'react-router';
import { FormError } from '../../../components/ui/FormError';
import { Loading } from '../../../components/ui/Notice';
import { Page } from '../../../components/ui/Page';
import { useOrganizations } from '../api/organizations';
import { EditOrganizationForm } from './EditOrganizationForm';

export function EditOrganizationPage() {
  const { id } = useParams();
  const organizations = useOrganizations();
  if (organizations.isPending) return <Loading what="Loading organization…" />;
  if (organizations.isError) return <FormError error={organizations.error} />;
  const organization = organizations.data.find((o) => o.id === id);
  if (!organization) {
    return (
      <Page title="Organization not found">
        <p>This organization does not exist. <Link to="/admin/organizations">Back to organizations</Link></p>
      </Page>
    );
  }
  return (
    <Page title={`Edit ${organization.name}`}>
      <p><Link to="/admin/organizations">Back to organizations</Link></p>
      <EditOrganizationForm organization={organization} onReload={() => organizations.refetch()} />
    </Page>
  );
}
