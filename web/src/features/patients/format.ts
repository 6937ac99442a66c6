import type { OpenedPatient } from './api/patients';

const birthDateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** A date of birth is a calendar date, not an instant: shown as entered, whatever the time zone. */
export function formatBirthDate(date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  return date && !Number.isNaN(parsed.getTime()) ? birthDateFormat.format(parsed) : '';
}

/** Name order for lists; patients whose details did not open go last. */
export function byName(a: OpenedPatient, b: OpenedPatient): number {
  if (!a.details || !b.details) return a.details ? -1 : b.details ? 1 : a.reference.localeCompare(b.reference);
  return a.details.fullName.localeCompare(b.details.fullName) || a.reference.localeCompare(b.reference);
}

export const PROBLEM_TEXT: Record<NonNullable<OpenedPatient['problem']>, string> = {
  'no-key': 'Sealed with a patients key you do not hold yet.',
  'cannot-verify': 'These details cannot be verified.',
};
