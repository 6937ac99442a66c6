// The audit trail in words: "Dr Ada Byron accepted the case" rather than "case.accepted".
import type { CaseAction, Person } from '../../types/api';

const PHRASES: Record<string, string> = {
  'case.created': 'created the case',
  'case.assigned': 'assigned the case',
  'case.unassigned': 'took the case back from its provider',
  'case.accepted': 'accepted the case',
  'case.rejected': 'rejected the case',
  'case.started': 'started work on the case',
  'case.returned': 'returned the case to the requester',
  'case.answered': 'answered and sent the case back',
  'case.completed': 'completed the case',
  'case.archived': 'archived the case',
  'case.restored': 'restored the case',
  'collaborator.added': 'added a collaborator',
  'collaborator.removed': 'removed a collaborator',
  'clinical.updated': 'updated the clinical details',
  'note.added': 'added a note',
  'memo.added': 'added an internal memo',
  'document.uploaded': 'uploaded a document',
  'document.version-added': 'uploaded a new version of a document',
  'document.deleted': 'deleted a document',
  'document.restored': 'restored a document',
  'note.edited': 'edited a note',
  'memo.edited': 'edited an internal memo',
  'note.deleted': 'deleted a note',
  'memo.deleted': 'deleted an internal memo',
  'deliverable.added': 'added a deliverable',
  'deliverable.updated': 'changed a deliverable',
  'deliverable.started': 'started work on a deliverable',
  'deliverable.delivered': 'delivered a deliverable',
  'deliverable.accepted': 'accepted a deliverable',
  'deliverable.revision-requested': 'asked for a revision of a deliverable',
  'recommendation.submitted': 'submitted the recommendation',
  'recommendation.feedback-given': 'gave feedback on the recommendation',
  'recommendation.clarification-requested': 'asked for a clarification of the recommendation',
  'recommendation.clarification-answered': 'answered a clarification request',
};

/** Each lifecycle step as the activity it records. */
const TRANSITION_ACTIVITY: Record<CaseAction, string> = {
  ASSIGN: 'case.assigned',
  UNASSIGN: 'case.unassigned',
  ACCEPT: 'case.accepted',
  REJECT: 'case.rejected',
  START: 'case.started',
  RETURN: 'case.returned',
  ANSWER: 'case.answered',
  COMPLETE: 'case.completed',
  ARCHIVE: 'case.archived',
  RESTORE: 'case.restored',
};

/** An action this version of the app does not know yet is still shown, by its name. */
export function activitySentence(actor: Person, action: string): string {
  const phrase = PHRASES[action];
  return phrase ? `${actor.fullName} ${phrase}` : `${actor.fullName}: ${action}`;
}

/** One step of the timeline; an assignment names the provider. */
export function transitionSentence(actor: Person, action: CaseAction, provider: Person | null): string {
  const sentence = activitySentence(actor, TRANSITION_ACTIVITY[action]);
  return action === 'ASSIGN' && provider ? `${sentence} to ${provider.fullName}` : sentence;
}
