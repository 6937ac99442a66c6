import { DetailsRow } from '../../../components/ui/DetailsRow';
import { Section } from '../../../components/ui/Page';
import { engagementTypeLabels, expertServiceLabels, formatDate, formatDay, urgencyLabels } from '../../../lib/labels';
import type { CaseView } from '../../../types/api';
import { StatusBadge } from './StatusBadge';

/** A case's plaintext metadata, as members and admins alike see it. */
export function CaseDetails({ view }: { view: CaseView }) {
  const { summary } = view;
  const intake = summary.engagementType === 'EXPERT_ENGAGEMENT';
  return (
    <Section title="Details">
      <dl className="details">
        <DetailsRow term={intake ? 'Matter name' : 'Case name'}>{summary.name}</DetailsRow>
        <DetailsRow term="Reference">{summary.reference}</DetailsRow>
        {view.matterReference && <DetailsRow term="Matter reference">{view.matterReference}</DetailsRow>}
        <DetailsRow term="Status"><StatusBadge status={summary.status} /></DetailsRow>
        <DetailsRow term="Engagement type">{engagementTypeLabels[summary.engagementType]}</DetailsRow>
        {view.expertService && <DetailsRow term="Expert service">{expertServiceLabels[view.expertService]}</DetailsRow>}
        <DetailsRow term="Doctor">{summary.doctor?.fullName ?? 'Not assigned yet'}</DetailsRow>
        <DetailsRow term="Specialty">{summary.specialty?.name ?? 'Any'}</DetailsRow>
        {summary.urgency && <DetailsRow term="Urgency">{urgencyLabels[summary.urgency]}</DetailsRow>}
        <DetailsRow term="Due date">{summary.dueDate ? formatDay(summary.dueDate) : 'None'}</DetailsRow>
        <DetailsRow term="Requested by">{summary.organization.name}</DetailsRow>
        <DetailsRow term="Created">
          <time dateTime={summary.createdAt}>{formatDate(summary.createdAt, true)}</time>
        </DetailsRow>
        <DetailsRow term="Last activity">
          <time dateTime={summary.lastActivityAt}>{formatDate(summary.lastActivityAt, true)}</time>
        </DetailsRow>
        {view.description && (
          <DetailsRow term={intake ? 'Basic information' : 'Description'}>
            <span className="prewrap">{view.description}</span>
          </DetailsRow>
        )}
      </dl>
    </Section>
  );
}
