/**
 * Deliverables of a case: the work products the requester side asks for and the provider side delivers,
 * with due dates, a small status table, an assignee and attached documents of the case. Delivering the
 * final deliverable of an expert engagement completes the case. Everything here is plaintext metadata;
 * the work itself is in the attached documents, sealed in the browser.
 */
package app.consilium.deliverables;
