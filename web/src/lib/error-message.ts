import { ApiError, NetworkError, PreconditionFailedError, ServerError } from './problem';

export const LOST_UPDATE_MESSAGE = 'Someone else changed this in the meantime. Reload to see their version.';
export const SESSION_ENDED_MESSAGE = 'Your session has ended. Please sign in again.';
const GENERIC = 'Something went wrong. Please try again.';

/** An error whose message was written for the person using the page, and is shown to them as it is. */
export class UserFacingError extends Error {}

/** A sentence fit to show a person for any error: never JSON, never a stack trace. */
export function errorMessage(error: unknown): string {
  if (error instanceof UserFacingError) return error.message;
  if (error instanceof PreconditionFailedError) return LOST_UPDATE_MESSAGE;
  if (error instanceof ServerError) {
    return error.problem.detail ?? 'Something went wrong on our side. Please try again in a moment.';
  }
  if (error instanceof ApiError) return error.problem.detail ?? error.problem.title ?? GENERIC;
  if (error instanceof NetworkError) return error.message;
  return GENERIC;
}

/** The server's message for one field, if it sent one. */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const messages = error.fieldErrors.filter((e) => e.field === field).map((e) => e.message);
  return messages.length ? messages.join(' ') : undefined;
}

/** Field errors for fields the form does not show, so that none is lost. */
export function otherFieldErrors(error: unknown, shownFields: readonly string[]): string[] {
  if (!(error instanceof ApiError)) return [];
  return error.fieldErrors.filter((e) => !shownFields.includes(e.field)).map((e) => `${e.field}: ${e.message}`);
}
