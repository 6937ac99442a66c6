import { Button } from '../../../components/ui/Button';
import type { OpenedPatient } from '../api/patients';
import { sexLabels } from '../details';
import { formatBirthDate, PROBLEM_TEXT } from '../format';

type Props = {
  patients: OpenedPatient[];
  onEdit: (patient: OpenedPatient) => void;
  onSetActive: (patient: OpenedPatient, active: boolean) => void;
  busy: boolean;
};

export function PatientsTable({ patients, onEdit, onSetActive, busy }: Props) {
  return (
    <div className="table-wrap">
      <table className="table patients-table">
        <caption className="visually-hidden">Patients</caption>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Name</th>
            <th scope="col">Date of birth</th>
            <th scope="col">Sex</th>
            <th scope="col">MRN</th>
            <th scope="col">Status</th>
            <th scope="col"><span className="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {patients.map((p) => (
            <tr key={p.id}>
              <td>{p.reference}</td>
              {p.details ? (
                <>
                  <th scope="row">{p.details.fullName}</th>
                  <td>{formatBirthDate(p.details.dateOfBirth)}</td>
                  <td>{sexLabels[p.details.sex]}</td>
                  <td>{p.details.mrn}</td>
                </>
              ) : (
                <th scope="row" colSpan={4} className="muted">{PROBLEM_TEXT[p.problem ?? 'cannot-verify']}</th>
              )}
              <td>
                <span className={`badge badge-status badge-status-${p.status.toLowerCase()}`}>
                  {p.status === 'ACTIVE' ? 'Active' : 'Inactive'}
                </span>
              </td>
              <td className="row-actions">
                {p.details && (
                  <Button variant="link" onClick={() => onEdit(p)} aria-label={`Edit ${p.details.fullName}`}>Edit</Button>
                )}
                <Button
                  variant="link"
                  disabled={busy}
                  onClick={() => onSetActive(p, p.status !== 'ACTIVE')}
                  aria-label={`${p.status === 'ACTIVE' ? 'Deactivate' : 'Reactivate'} ${p.details?.fullName ?? p.reference}`}
                >
                  {p.status === 'ACTIVE' ? 'Deactivate' : 'Reactivate'}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
