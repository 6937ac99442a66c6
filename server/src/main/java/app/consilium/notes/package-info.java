/**
 * Notes on a case: shared notes both sides read, internal memos only the author's side reads. The text is
 * sealed in the browser; the server stores the envelope, checks its shape and its key generation, and
 * decides only who may list which notes.
 */
package app.consilium.notes;
