import type { Onboarding } from '../../../types/api';

export type StepId = 'profile' | 'organization' | 'encryption';

export const STEPS: { id: StepId; title: string }[] = [
  { id: 'profile', title: 'Your profile' },
  { id: 'organization', title: 'Organization' },
  { id: 'encryption', title: 'Encryption setup' },
];

/** The first step not yet done; once all are, the last (the page then leaves for the dashboard). */
export function currentStep(onboarding: Onboarding): StepId {
  if (!onboarding.profile) return 'profile';
  if (!onboarding.organization) return 'organization';
  return 'encryption';
}

/** "Step 2 of 3" as an ordered list, the current step marked for assistive technology. */
export function Steps({ current, onboarding }: { current: StepId; onboarding: Onboarding }) {
  return (
    <ol className="steps">
      {STEPS.map((step, index) => {
        const done = onboarding[step.id];
        const state = step.id === current ? 'current' : done ? 'done' : 'todo';
        return (
          <li key={step.id} className={`step step-${state}`} aria-current={step.id === current ? 'step' : undefined}>
            <span className="step-number" aria-hidden="true">{done ? '✓' : index + 1}</span>
            <span className="step-title">{step.title}</span>
            <span className="visually-hidden">{done ? ' (done)' : step.id === current ? ' (current step)' : ''}</span>
          </li>
        );
      })}
    </ol>
  );
}
