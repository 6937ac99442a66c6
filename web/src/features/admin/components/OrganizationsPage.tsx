import { useId } from 'react';
import { Link } from 'react-router';
import { FormError } from '../../../components/ui/FormError';
import { Loading } from '../../../components/ui/Notice';
import { Page, Section } from '../../../components/ui/Page';
import { kindLabels } from '../../../lib/labels';
import { useOrganizations } from '../api/organizations';
import { CreateOrganizationForm } from './CreateOrganizationForm';

export function OrganizationsPage() {
  const heading = useId();
  return (
    <Page title="Organizations" intro="Law firms, hospitals, clinics, insurers and practices that work on Consilium.">
      <Section title="Add an organization" headingId={heading}>
        <CreateOrganizationForm labelledBy={heading} />
      </Section>
      <Section title="All organizations">
        <OrganizationList />
      </Section>
    </Page>
  );
}

function OrganizationList() {
  const organizations = useOrganizations();
  if (organizations.isPending) return <Loading what="Loading organizations…" />;
  if (organizations.isError) return <FormError error={organizations.error} />;
  if (organizations.data.length === 0) return <p className="empty">No organizations yet.</p>;
  const sorted = [...organizations.data].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Organizations</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
            <th scope="col">Phone</th>
            <th scope="col">Status</th>
            <th scope="col"><span className="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((o) => (
            <tr key={o.id} className={o.active ? undefined : 'row-muted'}>
              <td id={`organization-${o.id}`}>{o.name}</td>
              <td>{kindLabels[o.kind]}</td>
              <td>{o.phone ?? '—'}</td>
              <td><span className={o.active ? 'badge badge-active' : 'badge badge-inactive'}>{o.active ? 'Active' : 'Deactivated'}</span></td>
              <td className="cell-actions">
                <Link className="btn btn-secondary" to={`/admin/organizations/${encodeURIComponent(o.id)}`}
                  aria-describedby={`organization-${o.id}`}>Edit</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
