import { useParams, useSearchParams } from 'react-router';
import { FormError } from '../../../components/ui/FormError';
import { Loading } from '../../../components/ui/Notice';
import { Page } from '../../../components/ui/Page';
import { Tabs } from '../../../components/ui/Tabs';
import { NotFoundError } from '../../../lib/problem';
import type { MemberCaseView } from '../../../types/api';
import { KeyChangeWarnings } from '../../case-keys/components/KeyChangeWarnings';
import { KeyProblems } from '../../case-keys/components/KeyProblems';
import { useCaseKeys } from '../../case-keys/use-case-keys';
import { useMemberFingerprints } from '../../case-keys/use-member-keys';
import { CaseDeliverables } from '../../deliverables/components/CaseDeliverables';
import { CaseDocuments } from '../../documents/components/CaseDocuments';
import { VaultGate } from '../../encryption/components/VaultGate';
import { CaseRecommendation } from '../../recommendations/components/CaseRecommendation';
import { useMe } from '../../session/api/get-session';
import { casePath, useCase } from '../api/cases';
import { CaseActivity } from './CaseActivity';
import { CaseCollaborators } from './CaseCollaborators';
import { CaseNotes } from './CaseNotes';
import { CaseOverview } from './CaseOverview';
import { StatusBadge } from './StatusBadge';

const TABS = [
  { id: 'overview', label: 'Overview' },
  { id: 'documents', label: 'Documents' },
  { id: 'deliverables', label: 'Deliverables' },
  { id: 'notes', label: 'Notes' },
  { id: 'recommendation', label: 'Recommendation' },
  { id: 'collaborators', label: 'Collaborators' },
  { id: 'activity', label: 'Activity' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/** Only a second opinion ends in a recommendation. */
const tabsFor = (view: MemberCaseView) =>
  view.summary.engagementType === 'SECOND_OPINION' ? TABS : TABS.filter((tab) => tab.id !== 'recommendation');

const tabOf = (tabs: readonly { id: TabId }[], value: string | null): TabId => tabs.find((tab) => tab.id === value)?.id ?? 'overview';

/** The case workspace: plaintext metadata in the heading, everything else behind the vault. */
export function CasePage() {
  const { id = '' } = useParams();
  const found = useCase(id);
  if (found.isPending) return <Loading what="Loading the case…" />;
  if (found.isError) {
    return (
      <Page title={found.error instanceof NotFoundError ? 'Case not found' : 'Case'}>
        {found.error instanceof NotFoundError ? (
          <p>This case does not exist, or you are not a member of it.</p>
        ) : (
          <FormError error={found.error} />
        )}
      </Page>
    );
  }
  const { summary } = found.data;
  return (
    <Page
      title={summary.name}
      intro={
        <span className="case-heading-meta">
          <span className="case-reference">{summary.reference}</span>
          <StatusBadge status={summary.status} />
        </span>
      }
    >
      <VaultGate>
        <CaseWorkspace view={found.data} />
      </VaultGate>
    </Page>
  );
}

function CaseWorkspace({ view }: { view: MemberCaseView }) {
  const me = useMe();
  const caseId = view.summary.id;
  const [params, setParams] = useSearchParams();
  const tabs = tabsFor(view);
  const tab = tabOf(tabs, params.get('tab'));
  // Both run whatever the tab: keys are loaded and shared, fingerprints compared, while the case is open.
  const keys = useCaseKeys(caseId);
  const fingerprints = useMemberFingerprints(caseId, me.id, view.members);

  const select = (next: TabId) =>
    setParams((current) => {
      const updated = new URLSearchParams(current);
      if (next === 'overview') updated.delete('tab');
      else updated.set('tab', next);
      return updated;
    }, { replace: true });

  return (
    <>
      <KeyChangeWarnings me={me.id} members={view.members} />
      <KeyProblems state={keys.data} members={view.members} />
      <Tabs label="Case sections" tabs={tabs} selected={tab} onSelect={select}>
        {tab === 'overview' && <CaseOverview view={view} keys={keys} />}
        {tab === 'documents' && <CaseDocuments view={view} keys={keys} />}
        {tab === 'deliverables' && <CaseDeliverables view={view} keys={keys} />}
        {tab === 'notes' && <CaseNotes view={view} keys={keys} />}
        {tab === 'recommendation' && <CaseRecommendation view={view} keys={keys} />}
        {tab === 'collaborators' && <CaseCollaborators view={view} keys={keys.data} fingerprints={fingerprints.data} />}
        {tab === 'activity' && <CaseActivity casePath={casePath(caseId)} />}
      </Tabs>
    </>
  );
}
