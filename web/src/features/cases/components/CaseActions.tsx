import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { Dialog } from '../../../components/ui/Dialog';
import { TextArea } from '../../../components/ui/Field';
import type { CaseAction } from '../../../types/api';
import type { useCaseTransition } from '../api/cases';
import { actionButtons, caseChanged, type ActionButton, type ReasonDialog } from '../case-actions';
import { TransitionError } from './TransitionError';

type Props = {
  actions: readonly CaseAction[];
  version: number;
  transition: ReturnType<typeof useCaseTransition>;
};

type Asking = { action: CaseAction; dialog: ReasonDialog };

/**
 * The steps the server offers this person now, as buttons; reject, return and answer first ask for
 * their reason in a dialog. Each sends the version shown, so a step based on an old view is refused.
 */
export function CaseActions({ actions, version, transition }: Props) {
  const [asking, setAsking] = useState<Asking | null>(null);
  const buttons = actionButtons(actions);
  if (buttons.length === 0 && !transition.error) return null;

  const run = (action: CaseAction, reason?: string) =>
    transition.mutate(
      { action, reason, version },
      {
        onSuccess: () => setAsking(null),
        onError: (error) => {
          // The case was reloaded: the step asked about may no longer be on offer.
          if (caseChanged(error)) setAsking(null);
        },
      },
    );

  const start = ({ action, dialog }: ActionButton) => {
    transition.reset();
    if (dialog) setAsking({ action, dialog });
    else run(action);
  };

  return (
    <div className="case-actions">
      {!asking && <TransitionError error={transition.error} />}
      <div className="form-actions">
        {buttons.map((button) => (
          <Button
            key={button.action}
            variant={button.action === 'REJECT' ? 'danger' : 'primary'}
            busy={transition.isPending && transition.variables?.action === button.action}
            disabled={transition.isPending}
            onClick={() => start(button)}
          >
            {button.label}
          </Button>
        ))}
      </div>
      <Dialog title={asking?.dialog.title ?? ''} open={asking !== null} onClose={() => setAsking(null)}>
        {asking && (
          <ReasonForm
            dialog={asking.dialog}
            busy={transition.isPending}
            error={transition.error}
            onSubmit={(reason) => run(asking.action, reason)}
            onCancel={() => setAsking(null)}
          />
        )}
      </Dialog>
    </div>
  );
}

type FormProps = { dialog: ReasonDialog; busy: boolean; error: unknown; onSubmit: (reason: string) => void; onCancel: () => void };

function ReasonForm({ dialog, busy, error, onSubmit, onCancel }: FormProps) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(!reason.trim());
    if (reason.trim()) onSubmit(reason.trim());
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextArea
        label={dialog.field}
        hint={dialog.hint}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        rows={5}
        maxLength={2000}
        required
        error={missing ? `${dialog.field} is required.` : undefined}
      />
      <TransitionError error={error} />
      <div className="form-actions">
        <Button type="submit" busy={busy}>{dialog.confirm}</Button>
        <Button variant="secondary" onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
