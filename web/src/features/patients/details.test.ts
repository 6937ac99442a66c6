import { describe, expect, it } from 'vitest';
import {
  checkDetails,
  decodeDetails,
  EMPTY_DETAILS,
  encodeDetails,
  isFullReference,
  matchesSearch,
  type PatientDetails,
} from './details';

const jane: PatientDetails = {
  ...EMPTY_DETAILS,
  fullName: 'Jane Müller-Doe',
  dateOfBirth: '1970-03-14',
  sex: 'FEMALE',
  mrn: 'MRN-4471',
};

describe('patient details', () => {
  it('round-trips through the sealed form', () => {
    expect(decodeDetails(encodeDetails(jane))).toEqual(jane);
  });

  it('refuses plaintext that is not details', () => {
    expect(() => decodeDetails(new TextEncoder().encode('"just text"'))).toThrow();
    expect(() => decodeDetails(new TextEncoder().encode('{"fullName":"x"}'))).toThrow();
    expect(() => decodeDetails(new Uint8Array([0xff, 0xfe]))).toThrow();
  });

  it('requires a name, a past date of birth and a plausible email', () => {
    const today = new Date('2026-12-01T00:00:00Z');
    expect(checkDetails({ ...jane }, today).errors).toEqual({});
    expect(checkDetails({ ...jane, fullName: '  ' }, today).errors.fullName).toBeDefined();
    expect(checkDetails({ ...jane, dateOfBirth: '2030-01-01' }, today).errors.dateOfBirth).toBeDefined();
    expect(checkDetails({ ...jane, dateOfBirth: '1970-02-30' }, today).errors.dateOfBirth).toBeDefined();
    expect(checkDetails({ ...jane, email: 'nope' }, today).errors.email).toBeDefined();
    expect(checkDetails({ ...jane, mrn: 'x'.repeat(65) }, today).errors.mrn).toBeDefined();
    expect(checkDetails({ ...jane, fullName: ' Jane ' }, today).details.fullName).toBe('Jane');
  });

  it('searches name, MRN and reference, ignoring case and accents, every word', () => {
    expect(matchesSearch(jane, 'P-000012', 'muller')).toBe(true);
    expect(matchesSearch(jane, 'P-000012', 'jane doe')).toBe(true);
    expect(matchesSearch(jane, 'P-000012', 'mrn-4471')).toBe(true);
    expect(matchesSearch(jane, 'P-000012', 'p-000012')).toBe(true);
    expect(matchesSearch(jane, 'P-000012', 'john')).toBe(false);
    expect(matchesSearch(null, 'P-000012', 'jane')).toBe(false);
    expect(matchesSearch(null, 'P-000012', '')).toBe(true);
  });

  it('knows a full reference when it sees one', () => {
    expect(isFullReference(' p-000123 ')).toBe(true);
    expect(isFullReference('P-')).toBe(false);
    expect(isFullReference('Jane')).toBe(false);
  });
});
