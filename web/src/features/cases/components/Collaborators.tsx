import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { SelectField } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { Section } from '../../../components/ui/Page';
import { fieldError } from '../../../lib/error-message';
import type { MemberCaseView } from '../../../types/api';
import { useColleagues } from '../api/cases';
import { useAddCollaborator, useRemoveCollaborator } from '../api/collaborators';

/** Requester side: colleagues of my organization on this case; removing one rotates the case key. */
export function Collaborators({ view }: { view: MemberCaseView }) {
  const headingId = useId();
  const caseId = view.summary.id;
  const colleagues = useColleagues(true);
  const add = useAddCollaborator(caseId);
  const remove = useRemoveCollaborator(caseId);
  const [chosen, setChosen] = useState('');
  const [choiceError, setChoiceError] = useState<string>();

  const collaborators = view.members.filter((m) => m.role === 'COLLABORATOR');
  const onCase = new Set(view.members.map((m) => m.accountId));
  const available = (colleagues.data ?? []).filter((c) => !onCase.has(c.id));

  function submit(event: FormEvent) {
    event.preventDefault();
    setChoiceError(chosen ? undefined : 'Choose a colleague.');
    if (!chosen) return;
    add.mutate(chosen, { onSuccess: () => setChosen('') });
  }

  return (
    <Section
      title="Collaborators"
      headingId={headingId}
      intro="Colleagues of your organization who work on this case with you. They receive the case key from the first member whose browser is unlocked; someone removed can no longer open the case, and new content uses a new key."
    >
      {collaborators.length === 0 ? (
        <p className="empty">No collaborators yet.</p>
      ) : (
        <ul className="plain-list collaborator-list">
          {collaborators.map((member) => (
            <li key={member.accountId} className="collaborator">
              <span id={`collaborator-${member.accountId}`}>{member.fullName}</span>
              {member.accountId !== view.me.accountId && (
                <Button
                  variant="secondary"
                  aria-describedby={`collaborator-${member.accountId}`}
                  busy={remove.isPending && remove.variables === member.accountId}
                  onClick={() => remove.mutate(member.accountId)}
                >
                  Remove
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <FormError error={remove.error} />
      <form className="form form-inline" onSubmit={submit} noValidate aria-labelledby={headingId}>
        <SelectField
          label="Colleague"
          value={chosen}
          onChange={(e) => setChosen(e.target.value)}
          error={choiceError ?? fieldError(add.error, 'accountId')}
          hint={colleagues.data && available.length === 0 ? 'All your active colleagues are on this case already.' : undefined}
        >
          <option value="">Choose a colleague</option>
          {available.map((colleague) => (
            <option key={colleague.id} value={colleague.id}>{colleague.fullName}</option>
          ))}
        </SelectField>
        {colleagues.isError && <FormError error={colleagues.error} />}
        <FormError error={add.error} shownFields={['accountId']} />
        <div className="form-actions">
          <Button type="submit" busy={add.isPending}>Add collaborator</Button>
        </div>
      </form>
    </Section>
  );
}
