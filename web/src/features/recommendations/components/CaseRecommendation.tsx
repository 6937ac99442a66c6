import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { FormError } from '../../../components/ui/FormError';
import { Loading } from '../../../components/ui/Notice';
import { Section } from '../../../components/ui/Page';
import type { MemberCaseView } from '../../../types/api';
import { WaitingForKey } from '../../case-keys/components/WaitingForKey';
import type { CaseKeyState } from '../../case-keys/sync';
import { heldSignature, holdsLatest } from '../../case-keys/use-case-keys';
import { useRecommendation } from '../api/recommendation';
import { ClarificationThread } from './ClarificationThread';
import { FeedbackSection } from './FeedbackSection';
import { RecommendationForm } from './RecommendationForm';
import { RecommendationText } from './RecommendationText';

const ENCRYPTED = 'Encrypted end to end: only the members of this case can read it.';
/** Where the provider can still write: a case done otherwise, or archived, takes no recommendation. */
const WRITABLE = new Set(['ACCEPTED', 'IN_PROGRESS', 'RETURNED']);

type Props = { view: MemberCaseView; keys: UseQueryResult<CaseKeyState> };

/**
 * The recommendation of a second opinion: the provider drafts and submits it; once submitted both sides
 * read it, the requester side downloads the report and gives feedback, and a clarification thread follows.
 */
export function CaseRecommendation({ view, keys }: Props) {
  const caseId = view.summary.id;
  const held = heldSignature(keys.data, 'case');
  const recommendation = useRecommendation(caseId, held, held !== '');
  const provider = view.me.side === 'PROVIDER';
  const ready = holdsLatest(keys.data, 'case');
  const opened = recommendation.data;
  // Bumped after a lost update: the form starts again from the draft stored now.
  const [reloads, setReloads] = useState(0);

  if (opened?.record.status === 'SUBMITTED') {
    return (
      <>
        <RecommendationText view={view} opened={opened} held={held} />
        <FeedbackSection caseId={caseId} opened={opened} mayGive={!provider && ready} />
        <ClarificationThread caseId={caseId} held={held} side={view.me.side} ready={ready} feedbackGiven={opened.record.feedback !== null} />
      </>
    );
  }
  return (
    <Section title="Recommendation" intro={ENCRYPTED}>
      {keys.isPending && <Loading what="Opening the case key…" />}
      {keys.isError && !keys.data && <FormError error={keys.error} />}
      {keys.data && !ready && <WaitingForKey />}
      {held !== '' && recommendation.isPending && <Loading what="Decrypting the recommendation…" />}
      {recommendation.isError && <FormError error={recommendation.error} />}
      {opened !== undefined && !provider && <p className="empty">The provider has not submitted the recommendation yet.</p>}
      {opened !== undefined && provider && !WRITABLE.has(view.summary.status) && (
        <p className="empty">This case is closed; it takes no recommendation.</p>
      )}
      {opened !== undefined && provider && ready && WRITABLE.has(view.summary.status) && (
        <RecommendationForm
          key={reloads}
          view={view}
          draft={opened}
          held={held}
          onReload={() => void recommendation.refetch().then(() => setReloads((n) => n + 1))}
        />
      )}
    </Section>
  );
}
