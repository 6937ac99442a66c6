import { Link } from 'react-router';
import { formatDate } from '../../../lib/labels';
import type { CaseSummary } from '../../../types/api';
import type { CaseSort, SortDirection } from '../list-query';
import { StatusBadge } from './StatusBadge';

const COLUMNS: { sort: CaseSort; label: string }[] = [
  { sort: 'name', label: 'Case Name' },
  { sort: 'doctor', label: 'Doctor' },
  { sort: 'status', label: 'Status' },
  { sort: 'created', label: 'Created Date' },
  { sort: 'activity', label: 'Last Activity' },
];

type Props = {
  cases: CaseSummary[];
  caption: string;
  /** Where a case name leads (members vs admins). */
  linkTo: (id: string) => string;
  sort: CaseSort;
  direction: SortDirection;
  onSort: (sort: CaseSort) => void;
};

/** The case list's columns (product.md); each header is a button that sorts by it, aria-sort says how. */
export function CasesTable({ cases, caption, linkTo, sort, direction, onSort }: Props) {
  return (
    <div className="table-wrap">
      <table className="table cases-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const sorted = column.sort === sort;
              return (
                <th key={column.sort} scope="col" aria-sort={sorted ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}>
                  <button type="button" className="sort-button" onClick={() => onSort(column.sort)}>
                    {column.label}
                    <span className="sort-icon" aria-hidden="true">{sorted ? (direction === 'asc' ? '▲' : '▼') : '↕'}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link to={linkTo(c.id)}>{c.name}</Link>
                <span className="case-reference">{c.reference}</span>
              </th>
              <td>{c.doctor?.fullName ?? <span className="muted">Not assigned</span>}</td>
              <td><StatusBadge status={c.status} /></td>
              <td><time dateTime={c.createdAt}>{formatDate(c.createdAt)}</time></td>
              <td><time dateTime={c.lastActivityAt}>{formatDate(c.lastActivityAt, true)}</time></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
