import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '../../../components/ui/Button';
import { DetailsRow } from '../../../components/ui/DetailsRow';
import { FormError } from '../../../components/ui/FormError';
import { Loading } from '../../../components/ui/Notice';
import { Section } from '../../../components/ui/Page';
import { formatDate, formatDay } from '../../../lib/labels';
import { WaitingForKey } from '../../case-keys/components/WaitingForKey';
import type { CaseKeyState } from '../../case-keys/sync';
import { heldSignature, holdsLatest } from '../../case-keys/use-case-keys';
import { useClinical, type ClinicalDetails as Details, type PatientSnapshot } from '../api/clinical';
import { ClinicalForm } from './ClinicalForm';

const ENCRYPTED = 'Encrypted end to end: only the members of this case can read them.';
const CLINICAL_CANNOT_VERIFY = 'The clinical details cannot be verified.';
const CLINICAL_NO_KEY = 'The clinical details were sealed with a case key you do not hold yet.';

type Props = {
  caseId: string;
  keys: UseQueryResult<CaseKeyState>;
  /** The requester side writes the clinical details; the provider side reads them. */
  mayEdit: boolean;
};

/** The second opinion's question, summary and patient, opened in this browser with the case key. */
export function ClinicalDetails({ caseId, keys, mayEdit }: Props) {
  const held = heldSignature(keys.data, 'case');
  const clinical = useClinical(caseId, held, held !== '');
  const [editing, setEditing] = useState(false);
  // Only what opened can be edited, and only with the latest key (new content uses the newest generation).
  const editable = mayEdit && holdsLatest(keys.data, 'case') && clinical.data !== undefined && !clinical.data?.problem;

  if (editing && clinical.data !== undefined) {
    return (
      <Section title="Clinical details" intro={ENCRYPTED}>
        <ClinicalForm
          // A reload after a lost update brings a new version: start again from what is stored now.
          key={clinical.data?.record.version ?? 0}
          caseId={caseId}
          current={clinical.data?.details ?? null}
          version={clinical.data?.record.version ?? 0}
          onDone={() => setEditing(false)}
          onReload={() => void clinical.refetch()}
        />
      </Section>
    );
  }
  return (
    <Section title="Clinical details" intro={ENCRYPTED}>
      {keys.isPending && <Loading what="Opening the case key…" />}
      {keys.isError && !keys.data && <FormError error={keys.error} />}
      {keys.data && held === '' && <WaitingForKey />}
      {held !== '' && clinical.isPending && <Loading what="Decrypting the clinical details…" />}
      {clinical.isError && <FormError error={clinical.error} />}
      {clinical.data === null && <p className="empty">No clinical details have been saved yet.</p>}
      {clinical.data?.problem && (
        <p className="note-error">{clinical.data.problem === 'no-key' ? CLINICAL_NO_KEY : CLINICAL_CANNOT_VERIFY}</p>
      )}
      {clinical.data?.details && (
        <>
          <ClinicalText details={clinical.data.details} />
          <p className="field-hint">
            Last updated by {clinical.data.record.updatedBy.fullName},{' '}
            <time dateTime={clinical.data.record.updatedAt}>{formatDate(clinical.data.record.updatedAt, true)}</time>
          </p>
        </>
      )}
      {editable && (
        <div className="form-actions">
          <Button variant="secondary" onClick={() => setEditing(true)}>
            {clinical.data ? 'Edit clinical details' : 'Add clinical details'}
          </Button>
        </div>
      )}
    </Section>
  );
}

function ClinicalText({ details }: { details: Details }) {
  return (
    <>
      <dl className="details">
        <DetailsRow term="Clinical question"><span className="prewrap">{details.clinicalQuestion}</span></DetailsRow>
        <DetailsRow term="Clinical summary"><span className="prewrap">{details.clinicalSummary}</span></DetailsRow>
      </dl>
      {details.patient && <PatientSnapshotDetails patient={details.patient} />}
    </>
  );
}

function PatientSnapshotDetails({ patient }: { patient: PatientSnapshot }) {
  return (
    <>
      <h3>Patient</h3>
      <dl className="details">
        <DetailsRow term="Name">{patient.fullName}</DetailsRow>
        {patient.reference && <DetailsRow term="Patient reference">{patient.reference}</DetailsRow>}
        <DetailsRow term="Date of birth">{patient.dateOfBirth ? formatDay(patient.dateOfBirth) : 'Not given'}</DetailsRow>
        <DetailsRow term="Sex">{patient.sex ?? 'Not given'}</DetailsRow>
        <DetailsRow term="Identifiers">
          {patient.identifiers.length === 0
            ? 'None'
            : patient.identifiers.map((identifier) => `${identifier.type}: ${identifier.value}`).join(', ')}
        </DetailsRow>
        {patient.contact && <DetailsRow term="Contact">{patient.contact}</DetailsRow>}
      </dl>
    </>
  );
}
