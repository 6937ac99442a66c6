/**
 * The clinical details of a case: the clinical question, the clinical summary and the patient details the
 * provider needs, sealed in the browser with the case key as one envelope. The requester side writes
 * them, every member reads them, the server keeps only the envelope and its version.
 */
package app.consilium.clinical;
