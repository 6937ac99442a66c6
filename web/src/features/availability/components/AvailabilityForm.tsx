import { useMemo, useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { SelectField, TextField } from '../../../components/ui/Field';
import { FormError } from '../../../components/ui/FormError';
import { Notice } from '../../../components/ui/Notice';
import { fieldError } from '../../../lib/error-message';
import type { Availability, AvailabilityWindow } from '../../../types/api';
import { useUpdateAvailability } from '../api/availability';
import { maxOpenCasesError, normalizeWindows, windowErrors } from '../weekly-hours';
import { WeeklyHours } from './WeeklyHours';

type Props = { availability: Availability; onReload: () => Promise<{ data?: Availability }> };

/** Every zone the browser knows, with the saved one kept even if this browser does not list it. */
function timeZones(saved: string): string[] {
  const known = Intl.supportedValuesOf('timeZone');
  return known.includes(saved) ? known : [saved, ...known];
}

/** Maximum open cases, time zone and weekly hours, saved together against the version shown (If-Match). */
export function AvailabilityForm({ availability, onReload }: Props) {
  const update = useUpdateAvailability();
  const [maxOpenCases, setMaxOpenCases] = useState(String(availability.maxOpenCases));
  const [timeZone, setTimeZone] = useState(availability.timeZone);
  const [windows, setWindows] = useState<AvailabilityWindow[]>(() => normalizeWindows(availability.windows));
  const [version, setVersion] = useState(availability.version);
  const [checked, setChecked] = useState(false);
  const zones = useMemo(() => timeZones(availability.timeZone), [availability.timeZone]);

  const capacityError = checked ? maxOpenCasesError(maxOpenCases) : undefined;
  const problems = checked ? windowErrors(windows) : new Map<number, string>();

  function load(fresh: Availability) {
    setMaxOpenCases(String(fresh.maxOpenCases));
    setTimeZone(fresh.timeZone);
    setWindows(normalizeWindows(fresh.windows));
    setVersion(fresh.version);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (maxOpenCasesError(maxOpenCases) || windowErrors(windows).size > 0) return;
    update.mutate(
      { maxOpenCases: Number(maxOpenCases), timeZone, windows: normalizeWindows(windows), version },
      { onSuccess: load },
    );
  }

  async function reload() {
    const fresh = (await onReload()).data;
    if (!fresh) return;
    load(fresh);
    update.reset();
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={update.isPending || undefined}>
      {update.isSuccess && <Notice tone="success">Your availability has been saved.</Notice>}
      <FormError error={update.error} shownFields={['maxOpenCases', 'timeZone']} onReload={reload} />
      <TextField
        label="Maximum open cases"
        type="number"
        inputMode="numeric"
        min={0}
        max={500}
        value={maxOpenCases}
        onChange={(e) => setMaxOpenCases(e.target.value)}
        hint="Cases assigned to you and not yet done. At this number you are no longer offered new ones."
        error={capacityError ?? fieldError(update.error, 'maxOpenCases')}
      />
      <SelectField label="Time zone" value={timeZone} onChange={(e) => setTimeZone(e.target.value)}
        hint="Your working hours are in this time zone." error={fieldError(update.error, 'timeZone')}>
        {zones.map((zone) => (
          <option key={zone} value={zone}>{zone.replace(/_/g, ' ')}</option>
        ))}
      </SelectField>
      <WeeklyHours windows={windows} onChange={setWindows} errors={problems} />
      <div className="form-actions">
        <Button type="submit" busy={update.isPending}>Save availability</Button>
      </div>
    </form>
  );
}
