/**
 * Patients: each belongs to a requester organization and is seen by its requesters only. The server keeps
 * a reference (P-000123), a status and who changed it when; the personal details are one envelope sealed
 * in the browser with the organization's patients key (keys module, docs/crypto.md §8–9). Other features
 * look patients up through {@link app.consilium.patients.PatientDirectory}.
 */
package app.consilium.patients;
