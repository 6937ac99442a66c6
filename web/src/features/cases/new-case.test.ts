import { describe, expect, it } from 'vitest';
import { intakeRequest, NEW_INTAKE, NEW_SECOND_OPINION, patientSnapshot, secondOpinion } from './new-case';

const patient = {
  id: 'pat-1',
  snapshot: { reference: 'P-1', fullName: 'Jane Doe', dateOfBirth: '1970-03-14', sex: 'FEMALE', identifiers: [], contact: null },
};

describe('secondOpinion', () => {
  it('sends only plaintext metadata and keeps the clinical details and patient for sealing', () => {
    const built = secondOpinion({
      ...NEW_SECOND_OPINION,
      name: '  Knee MRI review ',
      patient,
      specialtyId: 'ortho',
      urgency: 'URGENT',
      dueDate: '2026-12-24',
      clinicalQuestion: 'Surgery or not?',
      clinicalSummary: 'Torn meniscus.',
    });
    expect(built.errors).toBeNull();
    expect(built.request).toEqual({
      engagementType: 'SECOND_OPINION',
      name: 'Knee MRI review',
      patientId: 'pat-1',
      specialtyId: 'ortho',
      urgency: 'URGENT',
      dueDate: '2026-12-24',
    });
    expect(JSON.stringify(built.request)).not.toContain('Jane');
    expect(built.clinical).toEqual({ clinicalQuestion: 'Surgery or not?', clinicalSummary: 'Torn meniscus.', patient: patient.snapshot });
  });

  it('names every missing field', () => {
    expect(Object.keys(secondOpinion(NEW_SECOND_OPINION).errors ?? {})).toEqual(['name', 'patient', 'specialtyId', 'clinicalQuestion']);
  });
});

describe('intakeRequest', () => {
  it('addresses a named expert without a specialty', () => {
    const built = intakeRequest({ ...NEW_INTAKE, name: 'Smith v. Jones', providerId: 'dr-1', specialtyId: 'ortho', description: 'Car accident' });
    expect(built.errors).toBeNull();
    expect(built.clinical).toBeNull();
    expect(built.request).toEqual({
      engagementType: 'EXPERT_ENGAGEMENT',
      name: 'Smith v. Jones',
      expertService: 'EXPERT_WITNESS',
      providerId: 'dr-1',
      description: 'Car accident',
    });
  });

  it('asks any suitable expert of a specialty, and needs one of the two', () => {
    expect(intakeRequest({ ...NEW_INTAKE, name: 'M', specialtyId: 'ortho' }).request).toMatchObject({ specialtyId: 'ortho' });
    expect(intakeRequest({ ...NEW_INTAKE, name: 'M' }).errors).toEqual({
      specialtyId: 'Choose the specialty, or request a particular expert.',
    });
  });
});

describe('patientSnapshot', () => {
  it('copies what the provider needs: reference, name, birth date, sex, MRN and contact', () => {
    const snapshot = patientSnapshot('P-000042', {
      fullName: 'Jane Doe', dateOfBirth: '1970-03-14', sex: 'FEMALE', mrn: ' MRN-7781 ',
      phone: '+41 44 123 45 67', email: '', address: 'Bahnhofstrasse 1, Zürich',
    });
    expect(snapshot).toEqual({
      reference: 'P-000042',
      fullName: 'Jane Doe',
      dateOfBirth: '1970-03-14',
      sex: 'Female',
      identifiers: [{ type: 'MRN', value: 'MRN-7781' }],
      contact: '+41 44 123 45 67, Bahnhofstrasse 1, Zürich',
    });
  });

  it('leaves out what the record does not have', () => {
    const snapshot = patientSnapshot('P-1', {
      fullName: 'John Roe', dateOfBirth: '', sex: 'UNKNOWN', mrn: '', phone: '', email: '', address: '',
    });
    expect(snapshot.dateOfBirth).toBeNull();
    expect(snapshot.identifiers).toEqual([]);
    expect(snapshot.contact).toBeNull();
  });
});
