import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { SelectField } from '../../../components/ui/Field';
import { caseStatusLabels, engagementTypeLabels } from '../../../lib/labels';
import type { EngagementType } from '../../../types/api';
import { organizationsQueryOptions } from '../../admin/api/organizations';
import { useSpecialties } from '../../profile/api/get-specialties';
import { useProviders } from '../api/cases';
import { VIEW_STATUSES, type CaseFilter, type CaseListState } from '../list-query';

const ENGAGEMENT_TYPES: EngagementType[] = ['SECOND_OPINION', 'EXPERT_ENGAGEMENT'];

type Props = {
  state: CaseListState;
  /** The filters this person may use (provider: for requesters and admins; organization: admins). */
  allowed: readonly CaseFilter[];
  onFilter: (filter: CaseFilter, value: string) => void;
};

/** One select per filter; "All …" clears it. The status filter offers only the statuses of the tab. */
export function CaseFilters({ state, allowed, onFilter }: Props) {
  const specialties = useSpecialties(allowed.includes('specialtyId'));
  const providers = useProviders(allowed.includes('providerId'));
  const organizations = useQuery({ ...organizationsQueryOptions(), enabled: allowed.includes('organizationId') });
  const statuses = VIEW_STATUSES[state.view];

  const select = (filter: CaseFilter, label: string, all: string, options: { value: string; label: string }[]): ReactNode =>
    allowed.includes(filter) && (
      <SelectField label={label} value={state.filters[filter] ?? ''} onChange={(e) => onFilter(filter, e.target.value)}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </SelectField>
    );

  return (
    <div className="case-filters">
      {statuses.length > 1 &&
        select('status', 'Status', 'All statuses', statuses.map((s) => ({ value: s, label: caseStatusLabels[s] })))}
      {select('engagementType', 'Engagement type', 'All engagement types',
        ENGAGEMENT_TYPES.map((t) => ({ value: t, label: engagementTypeLabels[t] })))}
      {select('specialtyId', 'Specialty', 'All specialties', (specialties.data ?? []).map((s) => ({ value: s.id, label: s.name })))}
      {select('providerId', 'Doctor', 'All doctors', (providers.data ?? []).map((p) => ({ value: p.id, label: p.fullName })))}
      {select('organizationId', 'Organization', 'All organizations',
        (organizations.data ?? []).map((o) => ({ value: o.id, label: o.name })))}
    </div>
  );
}
