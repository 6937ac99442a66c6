import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { TextArea } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { useSaveClinical, type ClinicalDetails } from '../api/clinical';

type Props = {
  caseId: string;
  /** What is stored now (null: nothing yet) and its version, the If-Match of the save. */
  current: ClinicalDetails | null;
  version: number;
  onDone: () => void;
  onReload: () => void;
};

/** The requester side edits the question and summary; the patient snapshot is kept as it is. */
export function ClinicalForm({ caseId, current, version, onDone, onReload }: Props) {
  const save = useSaveClinical();
  const [question, setQuestion] = useState(current?.clinicalQuestion ?? '');
  const [summary, setSummary] = useState(current?.clinicalSummary ?? '');
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(!question.trim());
    if (!question.trim()) return;
    const details = { clinicalQuestion: question.trim(), clinicalSummary: summary.trim(), patient: current?.patient ?? null };
    save.mutate({ caseId, details, version }, { onSuccess: onDone });
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={save.isPending || undefined}>
      <TextArea label="Clinical question" value={question} onChange={(e) => setQuestion(e.target.value)} rows={3} required
        error={missing ? 'Write the clinical question.' : undefined} />
      <TextArea label="Clinical summary" value={summary} onChange={(e) => setSummary(e.target.value)} rows={8} />
      <FormError error={save.error} onReload={onReload} />
      <p role="status" className="field-hint">{save.isPending ? 'Encrypting and saving…' : ''}</p>
      <div className="form-actions">
        <Button type="submit" busy={save.isPending}>Save clinical details</Button>
        <Button variant="secondary" onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
