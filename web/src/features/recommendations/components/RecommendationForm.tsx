import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { CheckboxField, TextArea } from '../../../components/ui/Field';
import { Dialog } from '../../../components/ui/Dialog';
import { formatDate } from '../../../lib/labels';
import type { MemberCaseView } from '../../../types/api';
import { useUnsaved } from '../../../lib/unsaved';
import { useDocuments } from '../../documents/api/documents';
import { useWriteRecommendation, type OpenedRecommendation, type RecommendationContent } from '../api/recommendation';
import { WriteError } from './WriteError';

type Props = { view: MemberCaseView; draft: OpenedRecommendation | null; held: string; onReload: () => void };

const EMPTY: RecommendationContent = { summary: '', impression: '', recommendations: '', references: '', attachments: [] };

/** The provider's structured recommendation: saved as a draft as often as needed, then submitted once. */
export function RecommendationForm({ view, draft, held, onReload }: Props) {
  const caseId = view.summary.id;
  const write = useWriteRecommendation(caseId);
  const documents = useDocuments(caseId, held, true);
  // The text with the version it is based on, kept while one looks at another tab. The version is kept here
  // rather than read from the draft: the draft refreshes in the background while one types.
  const [edit, setEdit, forget] = useUnsaved(`recommendation:${caseId}`, {
    content: draft?.content.value ?? EMPTY,
    version: draft?.record.version ?? 0,
  });
  const { content, version } = edit;
  const [confirming, setConfirming] = useState(false);
  const [missing, setMissing] = useState<{ summary?: string; recommendations?: string }>({});
  const [saved, setSaved] = useState('');
  const setContent = (change: (current: RecommendationContent) => RecommendationContent) =>
    setEdit((current) => ({ ...current, content: change(current.content) }));
  const set = (field: keyof Omit<RecommendationContent, 'attachments'>) => (event: { target: { value: string } }) =>
    setContent((current) => ({ ...current, [field]: event.target.value }));
  const toggle = (id: string, on: boolean) =>
    setContent((current) => ({ ...current, attachments: on ? [...current.attachments, id] : current.attachments.filter((a) => a !== id) }));
  const reload = () => {
    forget();
    onReload();
  };

  function save(submit: boolean) {
    setSaved('');
    // A document deleted since it was attached is no longer offered, and the server would refuse it.
    const live = documents.data && new Set(documents.data.map((d) => d.id));
    const attachments = live ? content.attachments.filter((id) => live.has(id)) : content.attachments;
    // The promise, not mutate's callbacks, which do not run once the form is gone: a draft saved just before
    // the person opened another tab must still move the kept text to the version it is now based on.
    write
      .mutateAsync({ content: { ...content, attachments }, version, submit })
      .then((stored) => {
        if (submit) {
          forget();
          setConfirming(false);
        } else {
          setEdit((current) => ({ ...current, version: stored.version }));
          setSaved('Draft saved.');
        }
      })
      .catch(() => undefined); // shown from write.error while the form is open
  }

  function askToSubmit(event: FormEvent) {
    event.preventDefault();
    const found = {
      summary: content.summary.trim() ? undefined : 'Write the summary.',
      recommendations: content.recommendations.trim() ? undefined : 'Write the recommendations.',
    };
    setMissing(found);
    if (!found.summary && !found.recommendations) setConfirming(true);
  }

  return (
    <form className="form" onSubmit={askToSubmit} noValidate aria-busy={write.isPending || undefined}>
      {draft?.content.problem && <p className="note-error">The saved draft cannot be opened in this browser; saving replaces it.</p>}
      <TextArea label="Summary" value={content.summary} onChange={set('summary')} rows={5} required error={missing.summary} />
      <TextArea label="Diagnosis / impression" value={content.impression} onChange={set('impression')} rows={4} />
      <TextArea label="Recommendations" value={content.recommendations} onChange={set('recommendations')} rows={6} required error={missing.recommendations} />
      <TextArea label="References" value={content.references} onChange={set('references')} rows={3} hint="Guidelines and literature, one per line." />
      <fieldset className="field">
        <legend>Attachments</legend>
        {documents.data?.length === 0 && <p className="field-hint">This case has no documents to attach.</p>}
        {documents.data?.map((document) => (
          <CheckboxField
            key={document.id}
            label={document.metadata?.name ?? 'A document that cannot be opened'}
            checked={content.attachments.includes(document.id)}
            onChange={(event) => toggle(document.id, event.target.checked)}
          />
        ))}
      </fieldset>
      {write.error !== null && !write.isPending && !confirming && <WriteError error={write.error} onReload={reload} />}
      <p role="status" className="field-hint">
        {write.isPending ? 'Encrypting and saving…' : saved || (draft && `Draft saved ${formatDate(draft.record.savedAt, true)}.`)}
      </p>
      <div className="form-actions">
        <Button variant="secondary" busy={write.isPending && !confirming} onClick={() => save(false)}>
          Save draft
        </Button>
        <Button type="submit">Submit recommendation</Button>
      </div>
      <Dialog title="Submit the recommendation?" open={confirming} onClose={() => setConfirming(false)}>
        <p>Submitting completes the case: it becomes Done, and the recommendation can no longer be changed.</p>
        {write.error !== null && !write.isPending && <WriteError error={write.error} onReload={reload} />}
        <div className="form-actions">
          <Button busy={write.isPending} onClick={() => save(true)}>
            Submit and complete the case
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            Keep editing
          </Button>
        </div>
      </Dialog>
    </form>
  );
}
