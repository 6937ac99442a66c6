import type { UseQueryResult } from '@tanstack/react-query';
import { Navigate } from 'react-router';
import type { MemberCaseView } from '../../../types/api';
import type { CaseKeyState } from '../../case-keys/sync';
import { useTransition } from '../api/cases';
import { CaseActions } from './CaseActions';
import { CaseDetails } from './CaseDetails';
import { CaseTimeline } from './CaseTimeline';
import { ClinicalDetails } from './ClinicalDetails';

type Props = { view: MemberCaseView; keys: UseQueryResult<CaseKeyState> };

/** What the case is, what I may do with it now, its clinical details (second opinions) and how it got here. */
export function CaseOverview({ view, keys }: Props) {
  const transition = useTransition(view.summary.id);
  if (transition.isSuccess && !transition.data) {
    return <Navigate to="/cases" replace state={{ notice: `Case ${view.summary.reference} is no longer on your list.` }} />;
  }
  return (
    <>
      <CaseActions actions={view.actions} version={view.version} transition={transition} />
      <CaseDetails view={view} />
      {view.summary.engagementType === 'SECOND_OPINION' && (
        <ClinicalDetails caseId={view.summary.id} keys={keys} mayEdit={view.me.side === 'REQUESTER'} />
      )}
      <CaseTimeline transitions={view.transitions} />
    </>
  );
}
