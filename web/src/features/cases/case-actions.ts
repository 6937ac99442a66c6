// The lifecycle steps as buttons: what each is called, which need a written reason, and how a
// refused step is explained.
import { errorMessage } from '../../lib/error-message';
import { ConflictError, PreconditionFailedError } from '../../lib/problem';
import type { CaseAction } from '../../types/api';

/** A step that needs words from the person (docs/api/cases.md: reason required). */
export type ReasonDialog = { title: string; field: string; hint: string; confirm: string };

export type ActionButton = { action: CaseAction; label: string; dialog: ReasonDialog | null };

/**
 * The order buttons appear in, whatever order the server lists them. Done is never a button: it follows
 * from submitting the recommendation or delivering the final deliverable.
 */
const ORDER: readonly CaseAction[] = ['ACCEPT', 'REJECT', 'START', 'RETURN', 'ANSWER', 'ARCHIVE', 'RESTORE'];

const LABELS: Record<CaseAction, string> = {
  ACCEPT: 'Accept',
  REJECT: 'Reject',
  START: 'Start work',
  RETURN: 'Return to requester',
  ANSWER: 'Answer and send back',
  COMPLETE: 'Complete',
  ARCHIVE: 'Archive',
  RESTORE: 'Restore',
  ASSIGN: 'Assign',
  UNASSIGN: 'Unassign',
};

// Confirm buttons are named apart from the buttons that open them, so neither name contains the other.
const DIALOGS: Partial<Record<CaseAction, ReasonDialog>> = {
  REJECT: {
    title: 'Reject the case',
    field: 'Reason for rejecting',
    hint: 'The requester and the admins read it; an admin can assign the case to someone else. It is not encrypted: leave out patient names and identifiers.',
    confirm: 'Submit reason',
  },
  RETURN: {
    title: 'Return the case to the requester',
    field: 'What is missing',
    hint: 'Say what you need to go on; the case waits for the requester’s answer. It is not encrypted: leave out patient names and identifiers (write clinical detail in a note).',
    confirm: 'Send back to requester',
  },
  ANSWER: {
    title: 'Answer the provider',
    field: 'Your answer',
    hint: 'The provider reads it and carries on with the case. It is not encrypted: leave out patient names and identifiers (write clinical detail in a note).',
    confirm: 'Send answer',
  },
};

/** The buttons for the steps the server offers (ASSIGN and UNASSIGN have a panel of their own). */
export function actionButtons(actions: readonly CaseAction[]): ActionButton[] {
  return ORDER.filter((action) => actions.includes(action)).map((action) => ({
    action,
    label: LABELS[action],
    dialog: DIALOGS[action] ?? null,
  }));
}

export const actionLabel = (action: CaseAction) => LABELS[action];

export const CASE_CHANGED_MESSAGE = 'Someone else changed this case; it has been reloaded.';

/** Someone else moved the case first: a stale version (412) or a step its status no longer allows (409). */
export const caseChanged = (error: unknown) => error instanceof PreconditionFailedError || error instanceof ConflictError;

/** A lost race is said plainly; anything else as the server put it. */
export function transitionErrorMessage(error: unknown): string {
  return caseChanged(error) ? CASE_CHANGED_MESSAGE : errorMessage(error);
}
