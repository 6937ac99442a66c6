import { Button } from '../../../components/ui/Button';
import { FormError } from '../../../components/ui/FormError';
import { Loading } from '../../../components/ui/Notice';
import { Section } from '../../../components/ui/Page';
import { formatDay } from '../../../lib/labels';
import type { Candidate, CaseView } from '../../../types/api';
import type { useCaseTransition } from '../../cases/api/cases';
import { TransitionError } from '../../cases/components/TransitionError';
import { useCandidates } from '../api/cases';

type Props = { view: CaseView; transition: ReturnType<typeof useCaseTransition> };

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/**
 * Assignment of a New, Rejected or Assigned case: the ranked candidates (specialty, capacity, time
 * off, working day) with a button each, and Unassign while someone is assigned.
 */
export function AssignPanel({ view, transition }: Props) {
  const caseId = view.summary.id;
  const mayAssign = view.actions.includes('ASSIGN');
  const mayUnassign = view.actions.includes('UNASSIGN');
  const candidates = useCandidates(caseId, mayAssign);
  if (!mayAssign && !mayUnassign) return null;
  const doctor = view.summary.doctor;
  const assigning = (providerId?: string) =>
    transition.isPending && transition.variables?.action === (providerId ? 'ASSIGN' : 'UNASSIGN') &&
    transition.variables?.providerId === providerId;

  return (
    <Section
      title="Assignment"
      intro={doctor ? <>Assigned to <strong>{doctor.fullName}</strong>.</> : 'Nobody is assigned yet. Candidates are ranked best first.'}
    >
      <TransitionError error={transition.error} />
      {mayUnassign && (
        <div className="form-actions">
          <Button variant="secondary" busy={assigning()} disabled={transition.isPending}
            onClick={() => transition.mutate({ action: 'UNASSIGN', version: view.version })}>
            Unassign
          </Button>
        </div>
      )}
      {mayAssign && candidates.isPending && <Loading what="Ranking candidates…" />}
      {candidates.isError && <FormError error={candidates.error} />}
      {candidates.data && candidates.data.length === 0 && <p className="empty">No providers to choose from.</p>}
      {candidates.data && candidates.data.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption>Candidates</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Specialties</th>
                <th scope="col">Specialty match</th>
                <th scope="col">Open cases</th>
                <th scope="col">Time off until</th>
                <th scope="col">Works today</th>
                <th scope="col">Available</th>
                <th scope="col"><span className="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {candidates.data.map((candidate) => (
                <CandidateRow key={candidate.provider.id} candidate={candidate} current={candidate.provider.id === doctor?.id}
                  reassign={doctor !== null} busy={assigning(candidate.provider.id)} disabled={transition.isPending}
                  onAssign={() => transition.mutate({ action: 'ASSIGN', providerId: candidate.provider.id, version: view.version })} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}

type RowProps = { candidate: Candidate; current: boolean; reassign: boolean; busy: boolean; disabled: boolean; onAssign: () => void };

function CandidateRow({ candidate, current, reassign, busy, disabled, onAssign }: RowProps) {
  const nameId = `candidate-${candidate.provider.id}`;
  return (
    <tr className={candidate.available ? undefined : 'row-muted'}>
      <th scope="row" id={nameId}>
        {candidate.provider.fullName}
        {current && <span className="badge">Assigned</span>}
      </th>
      <td>{candidate.specialties.join(', ') || <span className="muted">None</span>}</td>
      <td>{yesNo(candidate.specialtyMatch)}</td>
      <td>{candidate.openCases} / {candidate.maxOpenCases}</td>
      <td>{candidate.onTimeOffUntil ? formatDay(candidate.onTimeOffUntil) : '—'}</td>
      <td>{yesNo(candidate.worksToday)}</td>
      <td>{yesNo(candidate.available)}</td>
      <td className="cell-actions">
        {!current && (
          <Button variant={candidate.available ? 'primary' : 'secondary'} aria-describedby={nameId} busy={busy} disabled={disabled}
            onClick={onAssign}>
            {reassign ? 'Reassign' : 'Assign'}
          </Button>
        )}
      </td>
    </tr>
  );
}
