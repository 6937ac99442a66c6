import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { CheckboxField, SelectField, TextArea } from '../../../components/ui/Field';
import { Section } from '../../../components/ui/Page';
import { formatDate } from '../../../lib/labels';
import { MAX_MESSAGE_BYTES, useAddClarification, useGiveFeedback, type OpenedRecommendation } from '../api/recommendation';
import { WriteError } from './WriteError';

const RATINGS = ['1 - not helpful', '2 - somewhat helpful', '3 - helpful', '4 - very helpful', '5 - excellent'];

type Props = { caseId: string; opened: OpenedRecommendation; mayGive: boolean };

/** The requester side's feedback: shown to both sides once given, a form for the requester side before. */
export function FeedbackSection({ caseId, opened, mayGive }: Props) {
  const feedback = opened.record.feedback;
  if (!feedback && !mayGive) return null;
  return (
    <Section title="Feedback">
      {feedback ? (
        <>
          <p>
            Rated {RATINGS[feedback.rating - 1]} by {feedback.givenBy.fullName},{' '}
            <time dateTime={feedback.givenAt}>{formatDate(feedback.givenAt, true)}</time>
          </p>
          {opened.comments?.value && <p className="note-body">{opened.comments.value}</p>}
          {opened.comments?.problem && <p className="note-error">The comments cannot be opened in this browser.</p>}
        </>
      ) : (
        <FeedbackForm caseId={caseId} />
      )}
    </Section>
  );
}

const tooLong = (text: string) => new TextEncoder().encode(text).length > MAX_MESSAGE_BYTES;

function FeedbackForm({ caseId }: { caseId: string }) {
  const give = useGiveFeedback(caseId);
  const ask = useAddClarification(caseId);
  const [rating, setRating] = useState('');
  const [comments, setComments] = useState('');
  const [clarify, setClarify] = useState(false);
  const [question, setQuestion] = useState('');
  const [errors, setErrors] = useState<{ rating?: string; comments?: string; question?: string }>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = {
      rating: rating ? undefined : 'Choose a rating.',
      comments: tooLong(comments) ? 'At most 64 KB of text.' : undefined,
      question: !clarify ? undefined : !question.trim() ? 'Write what you would like clarified.' : tooLong(question) ? 'At most 64 KB of text.' : undefined,
    };
    setErrors(found);
    if (found.rating || found.comments || found.question) return;
    // The question goes first: the feedback form disappears once the feedback is stored.
    const feedback = () => give.mutate({ rating: Number(rating), comments });
    if (clarify) ask.mutate(question, { onSuccess: feedback });
    else feedback();
  }

  const error = ask.error ?? give.error;
  const busy = give.isPending || ask.isPending;
  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={busy || undefined}>
      <SelectField label="Rating" value={rating} onChange={(e) => setRating(e.target.value)} required error={errors.rating}>
        <option value="">Choose…</option>
        {RATINGS.map((label, index) => (
          <option key={label} value={index + 1}>{label}</option>
        ))}
      </SelectField>
      <TextArea label="Comments" value={comments} onChange={(e) => setComments(e.target.value)} rows={4} error={errors.comments} />
      <CheckboxField
        label="Request clarification"
        checked={clarify}
        onChange={(e) => setClarify(e.target.checked)}
        hint="Opens a discussion with the provider under the recommendation. The case stays done."
      />
      {clarify && (
        <TextArea label="What should the provider clarify?" value={question} onChange={(e) => setQuestion(e.target.value)} rows={4} required error={errors.question} />
      )}
      {error && !busy && <WriteError error={error} />}
      <div className="form-actions">
        <Button type="submit" busy={busy}>Send feedback</Button>
      </div>
    </form>
  );
}
