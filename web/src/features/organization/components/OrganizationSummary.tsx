import { kindLabels } from '../../../lib/labels';
import type { Organization } from '../../../types/api';

/** An organization's details, read-only, for those who may not edit them. */
export function OrganizationSummary({ organization }: { organization: Organization }) {
  const rows: [string, string | null][] = [
    ['Organization name', organization.name],
    ['Kind', kindLabels[organization.kind]],
    ['Address', organization.address],
    ['Phone', organization.phone],
    ['Website', organization.website],
  ];
  return (
    <dl className="details">
      {rows.map(([term, value]) => (
        <div key={term} className="details-row">
          <dt>{term}</dt>
          <dd>{value || <span className="muted">Not given</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
