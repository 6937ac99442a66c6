import { useParams } from 'react-router';
import { FormError } from '../../../components/ui/FormError';
import { Loading } from '../../../components/ui/Notice';
import { Page, Section } from '../../../components/ui/Page';
import { caseStatusLabels } from '../../../lib/labels';
import type { CaseView } from '../../../types/api';
import { CaseActions } from '../../cases/components/CaseActions';
import { CaseActivity } from '../../cases/components/CaseActivity';
import { CaseDetails } from '../../cases/components/CaseDetails';
import { CaseTimeline } from '../../cases/components/CaseTimeline';
import { adminCasePath, useAdminCase, useAdminTransition, useKeyStatus, type KeyStatus } from '../api/cases';
import { AssignPanel } from './AssignPanel';
import { MemberKeysTable } from './MemberKeysTable';

/** Admin › Cases › one case: what it is, its assignment and lifecycle, who holds its keys, its activity. Never content. */
export function AdminCasePage() {
  const { id = '' } = useParams();
  const view = useAdminCase(id);
  const status = useKeyStatus(id);
  if (view.isPending || status.isPending) return <Loading what="Loading the case…" />;
  if (view.isError) return <FormError error={view.error} />;
  if (status.isError) return <FormError error={status.error} />;
  const { summary } = view.data;
  return (
    <Page
      title={summary.name}
      intro={[summary.reference, caseStatusLabels[summary.status],
        ...status.data.generations.map((g) => `${g.scope === 'CASE' ? 'Case' : 'Chat'} key generation ${g.latest}`)].join(' · ')}
    >
      <AdminCaseBody view={view.data} keyStatus={status.data} />
    </Page>
  );
}

function AdminCaseBody({ view, keyStatus }: { view: CaseView; keyStatus: KeyStatus }) {
  // Separate mutations, so that a failed assignment is reported in the panel and a failed archive above.
  const lifecycle = useAdminTransition(view.summary.id);
  const assignment = useAdminTransition(view.summary.id);
  const rotation = keyStatus.generations.some((g) => g.rotationRequested);
  return (
    <>
      <CaseActions actions={view.actions} version={view.version} transition={lifecycle} />
      <CaseDetails view={view} />
      <AssignPanel view={view} transition={assignment} />
      <CaseTimeline transitions={view.transitions} />
      <Section title="Members">
        {rotation && <p role="status">A member left: the next member browser that is unlocked replaces the key.</p>}
        <MemberKeysTable members={view.members} keyStatus={keyStatus} />
      </Section>
      <CaseActivity casePath={adminCasePath(view.summary.id)} />
    </>
  );
}
