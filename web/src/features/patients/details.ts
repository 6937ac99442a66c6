// A patient's personal details: what is sealed as one envelope (kind "patient", bound to the patient
// id) with the organization's patients key. Only the browser ever sees them in the clear.
import type { Bytes } from '../../crypto';

export type Sex = 'FEMALE' | 'MALE' | 'OTHER' | 'UNKNOWN';

export type PatientDetails = {
  fullName: string;
  /** YYYY-MM-DD, or '' when not known. */
  dateOfBirth: string;
  sex: Sex;
  /** Medical record number at the organization, or ''. */
  mrn: string;
  phone: string;
  email: string;
  address: string;
};

export const SEXES: readonly Sex[] = ['FEMALE', 'MALE', 'OTHER', 'UNKNOWN'];
export const sexLabels: Record<Sex, string> = { FEMALE: 'Female', MALE: 'Male', OTHER: 'Other', UNKNOWN: 'Unknown' };

export const EMPTY_DETAILS: PatientDetails = {
  fullName: '',
  dateOfBirth: '',
  sex: 'UNKNOWN',
  mrn: '',
  phone: '',
  email: '',
  address: '',
};

/** Field limits; together far below the server's 8 KiB for the sealed details. */
const MAX_LENGTH: Record<Exclude<keyof PatientDetails, 'sex'>, number> = {
  fullName: 200,
  dateOfBirth: 10,
  mrn: 64,
  phone: 40,
  email: 254,
  address: 500,
};

export type DetailErrors = Partial<Record<keyof PatientDetails, string>>;

/** The details as entered, trimmed; and what is wrong with them (empty when nothing). */
export function checkDetails(input: PatientDetails, today = new Date()): { details: PatientDetails; errors: DetailErrors } {
  const details: PatientDetails = {
    fullName: input.fullName.trim(),
    dateOfBirth: input.dateOfBirth.trim(),
    sex: input.sex,
    mrn: input.mrn.trim(),
    phone: input.phone.trim(),
    email: input.email.trim(),
    address: input.address.trim(),
  };
  const errors: DetailErrors = {};
  if (!details.fullName) errors.fullName = "Enter the patient's full name.";
  if (details.dateOfBirth && !isPastDate(details.dateOfBirth, today)) {
    errors.dateOfBirth = 'Enter a date of birth in the past, as YYYY-MM-DD.';
  }
  if (!SEXES.includes(details.sex)) errors.sex = 'Choose one of the options.';
  if (details.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(details.email)) errors.email = 'Enter an email address like name@example.org.';
  for (const [field, max] of Object.entries(MAX_LENGTH) as [keyof typeof MAX_LENGTH, number][]) {
    if (details[field].length > max) errors[field] ??= `Use at most ${max} characters.`;
  }
  return { details, errors };
}

function isPastDate(text: string, today: Date): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().startsWith(text) && date.getTime() <= today.getTime() && Number(match[1]) >= 1900;
}

export function encodeDetails(details: PatientDetails): Bytes {
  return new TextEncoder().encode(JSON.stringify({ v: 1, ...details }));
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads opened details; anything that is not what encodeDetails writes is refused (it was sealed by a member, yet). */
export function decodeDetails(plaintext: Bytes): PatientDetails {
  const value: unknown = JSON.parse(strictUtf8.decode(plaintext));
  if (typeof value !== 'object' || value === null || (value as { v?: unknown }).v !== 1) {
    throw new SyntaxError('not patient details');
  }
  const record = value as Record<string, unknown>;
  const text = (field: string) => (typeof record[field] === 'string' ? (record[field] as string) : '');
  const sex = SEXES.includes(record.sex as Sex) ? (record.sex as Sex) : 'UNKNOWN';
  return {
    fullName: text('fullName'),
    dateOfBirth: text('dateOfBirth'),
    sex,
    mrn: text('mrn'),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
  };
}

const REFERENCE = /^\s*P-\d{1,15}\s*$/i;

/** A complete reference as typed (P-000123): worth asking the server, which can find it without the details. */
export function isFullReference(query: string): boolean {
  return REFERENCE.test(query);
}

export function normalizeReference(query: string): string {
  return query.trim().toUpperCase();
}

/** Case- and accent-insensitive, every word of the query somewhere in name, MRN or reference. */
export function matchesSearch(details: PatientDetails | null, reference: string, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const haystack = fold([details?.fullName ?? '', details?.mrn ?? '', reference].join(' '));
  return words.every((word) => haystack.includes(word));
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}
