import { useId, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { TextField } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { Loading } from '../../../components/ui/Notice';
import { Page, Section } from '../../../components/ui/Page';
import { fieldError } from '../../../lib/error-message';
import { useForm } from '../../../lib/use-form';
import { useAllSpecialties, useCreateSpecialty } from '../api/specialties';
import { SpecialtyRow } from './SpecialtyRow';

export function SpecialtiesPage() {
  const heading = useId();
  return (
    <Page title="Specialties" intro="The medical specialties providers choose from and cases are assigned by.">
      <Section title="Add a specialty" headingId={heading}>
        <AddSpecialtyForm labelledBy={heading} />
      </Section>
      <Section title="All specialties">
        <SpecialtyList />
      </Section>
    </Page>
  );
}

function AddSpecialtyForm({ labelledBy }: { labelledBy: string }) {
  const form = useForm({ name: '' });
  const create = useCreateSpecialty();
  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(form.values.name.trim(), { onSuccess: () => form.reset() });
  }
  return (
    <form className="form form-inline" onSubmit={submit} noValidate aria-labelledby={labelledBy}>
      <FormError error={create.error} shownFields={['name']} />
      <TextField label="Specialty name" autoComplete="off" required {...form.bind('name')} error={fieldError(create.error, 'name')} />
      <div className="form-actions">
        <Button type="submit" busy={create.isPending}>Add specialty</Button>
      </div>
    </form>
  );
}

function SpecialtyList() {
  const specialties = useAllSpecialties();
  if (specialties.isPending) return <Loading what="Loading specialties…" />;
  if (specialties.isError) return <FormError error={specialties.error} />;
  if (specialties.data.length === 0) return <p className="empty">No specialties yet.</p>;
  const sorted = [...specialties.data].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Specialties</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Status</th>
            <th scope="col"><span className="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((specialty) => <SpecialtyRow key={specialty.id} specialty={specialty} />)}
        </tbody>
      </table>
    </div>
  );
}
