import { Button } from '../../../components/ui/Button';
import { TextField } from '../../../components/ui/Field';
import type { AvailabilityWindow } from '../../../types/api';
import { addWindow, WEEKDAYS } from '../weekly-hours';

type Props = {
  windows: AvailabilityWindow[];
  onChange: (windows: AvailabilityWindow[]) => void;
  /** By index into `windows`. */
  errors: Map<number, string>;
};

/**
 * One group per weekday with its working-hour windows. Labels carry the day (and the window's number
 * after the first) so that each field has its own name, e.g. "Monday from", "Monday until (2)".
 */
export function WeeklyHours({ windows, onChange, errors }: Props) {
  const change = (index: number, field: 'startsAt' | 'endsAt', value: string) =>
    onChange(windows.map((w, i) => (i === index ? { ...w, [field]: value } : w)));
  const remove = (index: number) => onChange(windows.filter((_, i) => i !== index));

  return (
    <fieldset className="field weekly-hours">
      <legend>Weekly working hours</legend>
      {WEEKDAYS.map(({ weekday, name }) => {
        const day = windows.map((window, index) => ({ window, index })).filter(({ window }) => window.weekday === weekday);
        return (
          <div key={weekday} className="weekday" role="group" aria-label={name}>
            <p className="weekday-name">{name}</p>
            {day.length === 0 && <p className="muted weekday-off">Not working</p>}
            {day.map(({ window, index }, n) => {
              const suffix = n === 0 ? '' : ` (${n + 1})`;
              return (
                <div key={index} className="window-row">
                  <TextField label={`${name} from${suffix}`} type="time" value={window.startsAt} required
                    onChange={(e) => change(index, 'startsAt', e.target.value)} error={errors.get(index)} />
                  <TextField label={`${name} until${suffix}`} type="time" value={window.endsAt} required
                    onChange={(e) => change(index, 'endsAt', e.target.value)} />
                  <Button variant="link" onClick={() => remove(index)}>Remove {name} hours{suffix}</Button>
                </div>
              );
            })}
            <Button variant="secondary" onClick={() => onChange(addWindow(windows, weekday))}>Add hours on {name}</Button>
          </div>
        );
      })}
    </fieldset>
  );
}
