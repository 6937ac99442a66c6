import { Section } from '../../../components/ui/Page';
import { caseStatusLabels, engagementTypeLabels, formatDate } from '../../../lib/labels';
import type { CaseView } from '../../../types/api';
import type { CaseKeyState } from '../../case-keys/sync';
import type { MemberFingerprints } from '../../case-keys/use-member-keys';
import { CaseMembers } from './CaseMembers';
import { Collaborators } from './Collaborators';

type Props = { view: CaseView; keys?: CaseKeyState; fingerprints?: MemberFingerprints };

export function CaseOverview({ view, keys, fingerprints }: Props) {
  const { summary, me } = view;
  return (
    <>
      <Section title="Details">
        <dl className="details">
          <Row term="Case name">{summary.name}</Row>
          <Row term="Reference">{summary.reference}</Row>
          <Row term="Doctor">{summary.doctor?.fullName ?? 'Not assigned yet (any suitable expert)'}</Row>
          <Row term="Status">{caseStatusLabels[summary.status]}</Row>
          <Row term="Engagement type">{engagementTypeLabels[summary.engagementType]}</Row>
          <Row term="Created">
            <time dateTime={summary.createdAt}>{formatDate(summary.createdAt, true)}</time>
          </Row>
          <Row term="Last activity">
            <time dateTime={summary.lastActivityAt}>{formatDate(summary.lastActivityAt, true)}</time>
          </Row>
        </dl>
      </Section>
      <Section
        title="Members"
        intro="Everyone who can open this case. Compare a fingerprint with its owner to be sure the case key goes to them."
      >
        <CaseMembers view={view} keys={keys} fingerprints={fingerprints} />
      </Section>
      {me.side === 'REQUESTER' && <Collaborators view={view} />}
    </>
  );
}

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="details-row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
