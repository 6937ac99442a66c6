import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../../components/ui/Button';
import { SelectField } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { Page } from '../../../components/ui/Page';
import { errorMessage, fieldError } from '../../../lib/error-message';
import { focusFirstInvalid } from '../../../lib/focus';
import { engagementTypeLabels } from '../../../lib/labels';
import type { CaseView, EngagementType, Me } from '../../../types/api';
import { VaultError } from '../../../vault';
import { VaultGate } from '../../encryption/components/VaultGate';
import { useMe } from '../../session/api/get-session';
import { documentsKey } from '../../documents/api/documents';
import { AttachDocuments, NO_ATTACHMENTS, type Attachments } from '../../documents/components/AttachDocuments';
import { startUpload } from '../../documents/upload/uploads-store';
import { useSaveClinical } from '../api/clinical';
import { KeyNotAvailableError } from '../api/notes';
import { useCreateCase } from '../api/cases';
import {
  intakeRequest,
  NEW_INTAKE,
  NEW_SECOND_OPINION,
  secondOpinion,
  type IntakeValues,
  type SecondOpinionValues,
} from '../new-case';
import { IntakeRequestFields } from './IntakeRequestFields';
import { SecondOpinionFields } from './SecondOpinionFields';

const TYPES: EngagementType[] = ['SECOND_OPINION', 'EXPERT_ENGAGEMENT'];

/** Law firms and insurers send intake requests; hospitals and clinics ask for second opinions. */
const defaultType = (me: Me): EngagementType =>
  me.organization?.kind === 'LAW_FIRM' || me.organization?.kind === 'INSURER' ? 'EXPERT_ENGAGEMENT' : 'SECOND_OPINION';

/** "New case": a second opinion (clinical details sealed in this browser) or an intake request to an expert. */
export function NewCasePage() {
  return (
    <Page title="New case" intro="Ask for a medical second opinion, or send an intake request to a medical expert.">
      <VaultGate>
        <NewCaseForm />
      </VaultGate>
    </Page>
  );
}

function NewCaseForm() {
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const navigate = useNavigate();
  const me = useMe();
  const create = useCreateCase();
  const saveClinical = useSaveClinical();
  const [type, setType] = useState<EngagementType>(() => defaultType(me));
  const [secondOpinionValues, setSecondOpinionValues] = useState<SecondOpinionValues>(NEW_SECOND_OPINION);
  const [intakeValues, setIntakeValues] = useState<IntakeValues>(NEW_INTAKE);
  const [checked, setChecked] = useState(false);
  // Kept once the server has it: a failed sealing step is retried on this case, never on a second one.
  const [created, setCreated] = useState<CaseView | null>(null);

  const [attachments, setAttachments] = useState<Attachments>(NO_ATTACHMENTS);
  const queryClient = useQueryClient();

  /** The case opens; documents chosen with it start uploading now that its key exists, shown on their tab. */
  const openCase = (view: CaseView) => {
    const caseId = view.summary.id;
    if (!attachments.files.length) return navigate(`/cases/${caseId}`);
    for (const file of attachments.files) {
      startUpload({ caseId, file, category: attachments.category, description: '', documentId: null, resume: null }, () =>
        queryClient.invalidateQueries({ queryKey: documentsKey(caseId) }),
      );
    }
    navigate(`/cases/${caseId}?tab=documents`);
  };
  const built = type === 'SECOND_OPINION' ? secondOpinion(secondOpinionValues) : intakeRequest(intakeValues);

  /** Second opinions: the clinical details are sealed with the case key just made, then the case opens. */
  function finish(view: CaseView) {
    if (built.clinical === null) return openCase(view);
    saveClinical.mutate({ caseId: view.summary.id, details: built.clinical, version: 0 }, { onSuccess: () => openCase(view) });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (created) return finish(created);
    if (built.errors) return focusFirstInvalid(formRef.current);
    create.mutate(built.request, {
      onSuccess: (view) => {
        setCreated(view);
        finish(view);
      },
    });
  }

  const errors = checked ? built.errors ?? {} : {};
  const busy = create.isPending || saveClinical.isPending;
  return (
    <section className="section">
      <h2 id={headingId}>Case details</h2>
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-labelledby={headingId} aria-busy={busy || undefined}>
        <SelectField
          label="Engagement type"
          value={type}
          onChange={(e) => setType(e.target.value as EngagementType)}
          disabled={created !== null}
          error={fieldError(create.error, 'engagementType')}
        >
          {TYPES.map((t) => (
            <option key={t} value={t}>{engagementTypeLabels[t]}</option>
          ))}
        </SelectField>
        {type === 'SECOND_OPINION' ? (
          <SecondOpinionFields values={secondOpinionValues} onChange={setSecondOpinionValues} errors={errors} serverError={create.error} />
        ) : (
          <IntakeRequestFields values={intakeValues} onChange={setIntakeValues} errors={errors} serverError={create.error} />
        )}
        {!created && <AttachDocuments value={attachments} onChange={setAttachments} />}
        <FormError error={create.error} shownFields={SHOWN_FIELDS} />
        {created && saveClinical.error !== null && (
          <div role="alert" className="alert alert-error">
            <p>
              Case {created.summary.reference} was created, but its clinical details could not be encrypted and saved:{' '}
              {clinicalErrorMessage(saveClinical.error)}
            </p>
            <p>
              Try again, or <Link to={`/cases/${created.summary.id}`}>open the case without them</Link>.
            </p>
          </div>
        )}
        <p role="status" className="field-hint">{progress(create.isPending, saveClinical.isPending)}</p>
        <div className="form-actions">
          <Button type="submit" busy={busy}>{created ? 'Save clinical details' : 'Create case'}</Button>
        </div>
      </form>
    </section>
  );
}

const SHOWN_FIELDS = [
  'engagementType', 'name', 'description', 'specialtyId', 'urgency', 'dueDate', 'patientId', 'providerId', 'expertService', 'matterReference',
];

function progress(creating: boolean, sealing: boolean): string {
  if (creating) return 'Creating the case and its encryption keys…';
  if (sealing) return 'Encrypting the clinical details…';
  return '';
}

function clinicalErrorMessage(error: unknown): string {
  if (error instanceof KeyNotAvailableError) return error.message;
  if (error instanceof VaultError) {
    return error.kind === 'locked' ? 'Your vault locked meanwhile. Unlock it and try again.' : 'Encryption failed. Try again.';
  }
  return errorMessage(error);
}
