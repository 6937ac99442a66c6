import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { TextField } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { Section } from '../../../components/ui/Page';
import { fieldError } from '../../../lib/error-message';
import { formatDay } from '../../../lib/labels';
import { useForm } from '../../../lib/use-form';
import type { TimeOff } from '../../../types/api';
import { useAddTimeOff, useDeleteTimeOff } from '../api/availability';

/** Days away: while on time off a provider is not offered new cases. */
export function TimeOffSection({ timeOff }: { timeOff: readonly TimeOff[] }) {
  const headingId = useId();
  const add = useAddTimeOff();
  const remove = useDeleteTimeOff();
  const form = useForm({ firstDay: '', lastDay: '', note: '' });
  const [errors, setErrors] = useState<{ firstDay?: string; lastDay?: string }>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const { firstDay, lastDay, note } = form.values;
    const found = {
      firstDay: firstDay ? undefined : 'Choose the first day.',
      lastDay: !lastDay ? 'Choose the last day.' : firstDay && lastDay < firstDay ? 'The last day cannot be before the first.' : undefined,
    };
    setErrors(found);
    if (found.firstDay || found.lastDay) return;
    add.mutate({ firstDay, lastDay, note: note.trim() || undefined }, { onSuccess: () => form.reset() });
  }

  return (
    <Section title="Time off" headingId={headingId}>
      {timeOff.length === 0 ? (
        <p className="empty">No time off planned.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Your time off</caption>
            <thead>
              <tr>
                <th scope="col">First day</th>
                <th scope="col">Last day</th>
                <th scope="col">Note</th>
                <th scope="col"><span className="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {timeOff.map((entry) => (
                <tr key={entry.id}>
                  <td id={`time-off-${entry.id}`}>{formatDay(entry.firstDay)}</td>
                  <td>{formatDay(entry.lastDay)}</td>
                  <td>{entry.note ?? <span className="muted">—</span>}</td>
                  <td className="cell-actions">
                    <Button variant="secondary" aria-describedby={`time-off-${entry.id}`}
                      busy={remove.isPending && remove.variables === entry.id} onClick={() => remove.mutate(entry.id)}>
                      Delete
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <FormError error={remove.error} />
      <form className="form form-inline" onSubmit={submit} noValidate aria-labelledby={headingId}>
        <TextField label="First day" type="date" {...form.bind('firstDay')} error={errors.firstDay ?? fieldError(add.error, 'firstDay')} />
        <TextField label="Last day" type="date" {...form.bind('lastDay')} error={errors.lastDay ?? fieldError(add.error, 'lastDay')} />
        <TextField label="Note" {...form.bind('note')} maxLength={200} hint="Optional." error={fieldError(add.error, 'note')} />
        <FormError error={add.error} shownFields={['firstDay', 'lastDay', 'note']} />
        <div className="form-actions">
          <Button type="submit" busy={add.isPending}>Add time off</Button>
        </div>
      </form>
    </Section>
  );
}
