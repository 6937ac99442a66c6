import { Section } from '../../../components/ui/Page';
import { caseStatusLabels, formatDate } from '../../../lib/labels';
import type { Transition } from '../../../types/api';
import { transitionSentence } from '../activity-sentences';

/** Every step of the lifecycle so far, oldest first: who, when, from which status to which, and why. */
export function CaseTimeline({ transitions }: { transitions: readonly Transition[] }) {
  return (
    <Section title="Timeline">
      {transitions.length === 0 ? (
        <p className="empty">No steps yet: the case is waiting for its first.</p>
      ) : (
        <ol className="timeline">
          {transitions.map((t, index) => (
            // Transitions are only ever appended, so the position is a stable key.
            <li key={index} className="timeline-step">
              <p className="timeline-what">{transitionSentence(t.actor, t.action, t.provider)}</p>
              <p className="timeline-meta">
                <time dateTime={t.at}>{formatDate(t.at, true)}</time>
                <span>{caseStatusLabels[t.from]} → {caseStatusLabels[t.to]}</span>
              </p>
              {t.reason && <p className="timeline-reason prewrap">{t.reason}</p>}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
