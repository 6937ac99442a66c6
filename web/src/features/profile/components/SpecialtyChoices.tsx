import { FormError } from '../../../components/ui/FormError';
import { Loading } from '../../../components/ui/Notice';
import type { Specialty } from '../../../types/api';
import { useSpecialties } from '../api/get-specialties';

type Props = { selected: string[]; onChange: (ids: string[]) => void; error?: string; chosen: Specialty[] };

/** A checkbox per active specialty; specialties chosen earlier and since deactivated stay listed. */
export function SpecialtyChoices({ selected, onChange, error, chosen }: Props) {
  const specialties = useSpecialties();
  if (specialties.isPending) return <Loading what="Loading specialties…" />;
  if (specialties.isError) return <FormError error={specialties.error} />;
  const listed = [...specialties.data, ...chosen.filter((c) => !specialties.data.some((s) => s.id === c.id))];
  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter((s) => s !== id));
  return (
    <fieldset className="field checkbox-group" aria-describedby={error ? 'specialties-error' : undefined}>
      <legend>Specialties</legend>
      {listed.length === 0 && <p className="field-hint">No specialties have been set up yet. An admin adds them.</p>}
      <div className="checkbox-grid">
        {listed.map((specialty) => (
          <label key={specialty.id} className="checkbox">
            <input
              type="checkbox"
              checked={selected.includes(specialty.id)}
              onChange={(e) => toggle(specialty.id, e.target.checked)}
            />
            {specialty.name}
          </label>
        ))}
      </div>
      {error && <p id="specialties-error" className="field-error">{error}</p>}
    </fieldset>
  );
}
