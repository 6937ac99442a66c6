// What other features use of patients: the picker for the case form, and one patient's details.
export { PatientPicker } from './components/PatientPicker';
export { getPatientDetails } from './api/patients';
export { useOpenedPatients } from './components/use-opened-patients';
export { sexLabels } from './details';
export type { PatientDetails } from './details';
