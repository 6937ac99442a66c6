import { Link } from 'react-router';
import { FormError } from '../../../components/ui/FormError';
import { Section } from '../../../components/ui/Page';
import { useOverdueDeliverables } from '../api/deliverables';
import { formatDay } from '../deliverable-labels';

/** The dashboard's overdue deliverables on my cases: how many, and on which cases, each a link to its tab. */
export function OverdueDeliverables() {
  const overdue = useOverdueDeliverables();
  if (overdue.isError) return <FormError error={overdue.error} />;
  if (!overdue.data) return null;
  const { count, cases } = overdue.data;
  return (
    <Section title="Overdue deliverables">
      <p className={count > 0 ? 'overdue-count overdue-count-late' : 'overdue-count'}>
        <strong>{count}</strong> {count === 1 ? 'deliverable is' : 'deliverables are'} overdue on your cases.
      </p>
      {cases.length > 0 && (
        <ul className="overdue-cases">
          {cases.map((c) => (
            <li key={c.id}>
              <Link to={`/cases/${encodeURIComponent(c.id)}?tab=deliverables`}>{c.name}</Link>{' '}
              <span className="case-reference">{c.reference}</span>: {c.overdue} overdue, the earliest due{' '}
              <time dateTime={c.earliestDue}>{formatDay(c.earliestDue)}</time>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
