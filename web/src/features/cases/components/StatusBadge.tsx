import { caseStatusLabels } from '../../../lib/labels';
import type { CaseStatus } from '../../../types/api';

/** A case's status in the product's words, coloured by kind (the word carries the meaning, not the colour). */
export function StatusBadge({ status }: { status: CaseStatus }) {
  return <span className={`badge badge-status badge-status-${status.toLowerCase()}`}>{caseStatusLabels[status]}</span>;
}
