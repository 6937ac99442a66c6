// Deliverables in words: labels for types, statuses and moves, and due dates as calendar days.
import type { DeliverableAction, DeliverableStatus, DeliverableType } from './api/deliverables';

export const TYPES: readonly { value: DeliverableType; label: string }[] = [
  { value: 'EXPERT_REPORT', label: 'Expert report' },
  { value: 'MEDICAL_RECORD_REVIEW', label: 'Medical record review' },
  { value: 'DEPOSITION_PREPARATION', label: 'Deposition preparation' },
  { value: 'OTHER', label: 'Other' },
];

export const typeLabel = (type: DeliverableType) => TYPES.find((t) => t.value === type)?.label ?? type;

export const statusLabels: Record<DeliverableStatus, string> = {
  REQUESTED: 'Requested',
  IN_PROGRESS: 'In progress',
  DELIVERED: 'Delivered',
  ACCEPTED: 'Accepted',
  REVISION_REQUESTED: 'Revision requested',
};

/** The moves as buttons, in the order they happen. */
export const actionLabels: Record<DeliverableAction, string> = {
  START: 'Start',
  DELIVER: 'Deliver',
  ACCEPT: 'Accept',
  REQUEST_REVISION: 'Request revision',
};

const ORDER: readonly DeliverableAction[] = ['START', 'DELIVER', 'ACCEPT', 'REQUEST_REVISION'];

export const orderedActions = (actions: readonly DeliverableAction[]) => ORDER.filter((a) => actions.includes(a));

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/**
 * A due date is a calendar day, not an instant: "2026-12-24" is shown as that day wherever the reader
 * is (parsing it as UTC midnight would show the day before west of Greenwich).
 */
export function formatDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  return dayFormat.format(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** Today as the date input and the API write it, in the reader's calendar. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
