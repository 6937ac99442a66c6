// A provider's weekly working hours as the form edits them: windows per weekday (Monday 1 … Sunday 7,
// ISO), "HH:MM" in the provider's own time zone.
import type { AvailabilityWindow } from '../../types/api';

export const WEEKDAYS = [
  { weekday: 1, name: 'Monday' },
  { weekday: 2, name: 'Tuesday' },
  { weekday: 3, name: 'Wednesday' },
  { weekday: 4, name: 'Thursday' },
  { weekday: 5, name: 'Friday' },
  { weekday: 6, name: 'Saturday' },
  { weekday: 7, name: 'Sunday' },
] as const;

export const MAX_OPEN_CASES = 500;
const LAST_MINUTE = 23 * 60 + 59;

const minutes = (time: string) => {
  const [hours, mins] = time.split(':').map(Number);
  return hours * 60 + mins;
};
const time = (total: number) => `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;

/** As the server sends them (possibly with seconds), in weekday and time order. */
export function normalizeWindows(windows: readonly AvailabilityWindow[]): AvailabilityWindow[] {
  return windows
    .map((w) => ({ weekday: w.weekday, startsAt: w.startsAt.slice(0, 5), endsAt: w.endsAt.slice(0, 5) }))
    .sort((a, b) => a.weekday - b.weekday || minutes(a.startsAt) - minutes(b.startsAt));
}

/** Another window on a day: office hours on an empty day, otherwise the hour after the day's last window. */
export function addWindow(windows: readonly AvailabilityWindow[], weekday: number): AvailabilityWindow[] {
  const sameDay = windows.filter((w) => w.weekday === weekday);
  const lastEnd = Math.max(...sameDay.map((w) => minutes(w.endsAt)), -1);
  const added =
    lastEnd < 0
      ? { weekday, startsAt: '09:00', endsAt: '17:00' }
      : { weekday, startsAt: time(Math.min(lastEnd, LAST_MINUTE - 1)), endsAt: time(Math.min(lastEnd + 60, LAST_MINUTE)) };
  return [...windows, added];
}

/** What is wrong with each window (by its index), if anything: empty, ending before it starts, overlapping. */
export function windowErrors(windows: readonly AvailabilityWindow[]): Map<number, string> {
  const errors = new Map<number, string>();
  windows.forEach((window, index) => {
    if (!window.startsAt || !window.endsAt) errors.set(index, 'Enter both times.');
    else if (minutes(window.endsAt) <= minutes(window.startsAt)) errors.set(index, 'The end must be after the start.');
    else if (windows.some((other, i) => i < index && other.weekday === window.weekday && overlap(other, window))) {
      errors.set(index, 'Overlaps other hours on the same day.');
    }
  });
  return errors;
}

const overlap = (a: AvailabilityWindow, b: AvailabilityWindow) =>
  minutes(a.startsAt) < minutes(b.endsAt) && minutes(b.startsAt) < minutes(a.endsAt);

/** The capacity field's problem, if any: a whole number the server accepts. */
export function maxOpenCasesError(text: string): string | undefined {
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value) || value < 0 || value > MAX_OPEN_CASES) {
    return `Enter a whole number from 0 to ${MAX_OPEN_CASES}.`;
  }
  return undefined;
}
