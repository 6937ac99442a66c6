import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { TextField } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { fieldError } from '../../../lib/error-message';
import type { Specialty } from '../../../types/api';
import { useAllSpecialties, useUpdateSpecialty } from '../api/specialties';

/** One specialty: rename in place, deactivate or reactivate (with If-Match on its version). */
export function SpecialtyRow({ specialty }: { specialty: Specialty }) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(specialty.name);
  const update = useUpdateSpecialty();
  const { refetch } = useAllSpecialties();
  const nameId = `specialty-${specialty.id}`;

  function rename(event: FormEvent) {
    event.preventDefault();
    update.mutate({ ...specialty, name: name.trim() }, { onSuccess: () => setRenaming(false) });
  }

  const reload = () => { update.reset(); setRenaming(false); void refetch(); };
  const error = update.error && <FormError error={update.error} shownFields={renaming ? ['name'] : []} onReload={reload} />;

  return (
    <tr className={specialty.active ? undefined : 'row-muted'}>
      <td id={nameId}>
        {renaming ? (
          <form className="form form-inline" onSubmit={rename} noValidate>
            {error}
            <TextField label={`New name for ${specialty.name}`} autoFocus value={name} onChange={(e) => setName(e.target.value)}
              error={fieldError(update.error, 'name')} />
            <div className="form-actions">
              <Button type="submit" busy={update.isPending}>Save</Button>
              <Button variant="link" onClick={() => { setRenaming(false); setName(specialty.name); update.reset(); }}>Cancel</Button>
            </div>
          </form>
        ) : (
          <>{specialty.name}{error}</>
        )}
      </td>
      <td><span className={specialty.active ? 'badge badge-active' : 'badge badge-inactive'}>{specialty.active ? 'Active' : 'Deactivated'}</span></td>
      <td className="cell-actions">
        {!renaming && (
          <>
            <Button variant="secondary" aria-describedby={nameId} onClick={() => { setName(specialty.name); setRenaming(true); }}>Rename</Button>
            <Button variant="secondary" aria-describedby={nameId} busy={update.isPending}
              onClick={() => update.mutate({ ...specialty, active: !specialty.active })}>
              {specialty.active ? 'Deactivate' : 'Reactivate'}
            </Button>
          </>
        )}
      </td>
    </tr>
  );
}
