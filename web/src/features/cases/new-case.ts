// The new-case form's values and what they become: the plaintext request (POST /api/cases), the
// clinical details to seal (second opinions), or the fields still missing.
import type { ExpertService, Urgency } from '../../types/api';
import type { NewCase } from './api/cases';
import { sexLabels, type PatientDetails } from '../patients';
import type { ClinicalDetails, PatientSnapshot } from './api/clinical';

/** Case names are plaintext by design (lists, search), so the form says what must stay out of them. */
export const CASE_NAME_WARNING =
  'Not encrypted: the platform operator can see it, and it appears in lists and search. Do not put patient names or other identifying details in it.';

/** A patient of my organization, with the details that go into the case sealed. */
export type PatientChoice = { id: string; snapshot: PatientSnapshot };

/**
 * What the provider needs to know of the patient, copied from the organization's record into the case's
 * sealed clinical details: the provider cannot open the organization's patient list.
 */
export function patientSnapshot(reference: string, details: PatientDetails): PatientSnapshot {
  const contact = [details.phone, details.email, details.address].map((part) => part.trim()).filter(Boolean);
  return {
    reference,
    fullName: details.fullName,
    dateOfBirth: details.dateOfBirth || null,
    sex: sexLabels[details.sex],
    identifiers: details.mrn.trim() ? [{ type: 'MRN', value: details.mrn.trim() }] : [],
    contact: contact.length ? contact.join(', ') : null,
  };
}

export type SecondOpinionValues = {
  name: string;
  patient: PatientChoice | null;
  specialtyId: string;
  urgency: Urgency;
  dueDate: string;
  clinicalQuestion: string;
  clinicalSummary: string;
};

export type IntakeValues = {
  name: string;
  matterReference: string;
  expertService: ExpertService;
  /** Empty: any suitable expert in `specialtyId`, assigned by an admin. */
  providerId: string;
  specialtyId: string;
  dueDate: string;
  description: string;
};

export const NEW_SECOND_OPINION: SecondOpinionValues = {
  name: '',
  patient: null,
  specialtyId: '',
  urgency: 'ROUTINE',
  dueDate: '',
  clinicalQuestion: '',
  clinicalSummary: '',
};

export const NEW_INTAKE: IntakeValues = {
  name: '',
  matterReference: '',
  expertService: 'EXPERT_WITNESS',
  providerId: '',
  specialtyId: '',
  dueDate: '',
  description: '',
};

export type FormErrors = Partial<Record<'name' | 'patient' | 'specialtyId' | 'clinicalQuestion' | 'providerId', string>>;

export type BuiltCase = { request: NewCase; clinical: ClinicalDetails | null; errors: FormErrors | null };

const optional = (value: string) => value.trim() || undefined;
const orNone = (errors: FormErrors) => (Object.keys(errors).length ? errors : null);

export function secondOpinion(values: SecondOpinionValues): BuiltCase {
  const errors: FormErrors = {};
  if (!values.name.trim()) errors.name = 'Enter a case name.';
  if (!values.patient) errors.patient = 'Choose the patient.';
  if (!values.specialtyId) errors.specialtyId = 'Choose the specialty wanted.';
  if (!values.clinicalQuestion.trim()) errors.clinicalQuestion = 'Write the clinical question.';
  return {
    request: {
      engagementType: 'SECOND_OPINION',
      name: values.name.trim(),
      patientId: values.patient?.id,
      specialtyId: optional(values.specialtyId),
      urgency: values.urgency,
      dueDate: optional(values.dueDate),
    },
    clinical: {
      clinicalQuestion: values.clinicalQuestion.trim(),
      clinicalSummary: values.clinicalSummary.trim(),
      patient: values.patient?.snapshot ?? null,
    },
    errors: orNone(errors),
  };
}

export function intakeRequest(values: IntakeValues): BuiltCase {
  const errors: FormErrors = {};
  if (!values.name.trim()) errors.name = 'Enter a matter name.';
  if (!values.providerId && !values.specialtyId) errors.specialtyId = 'Choose the specialty, or request a particular expert.';
  return {
    request: {
      engagementType: 'EXPERT_ENGAGEMENT',
      name: values.name.trim(),
      matterReference: optional(values.matterReference),
      expertService: values.expertService,
      // A named expert accepts by themselves; otherwise an admin assigns someone of the specialty.
      ...(values.providerId ? { providerId: values.providerId } : { specialtyId: optional(values.specialtyId) }),
      dueDate: optional(values.dueDate),
      description: optional(values.description),
    },
    clinical: null,
    errors: orNone(errors),
  };
}
