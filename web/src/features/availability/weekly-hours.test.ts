import { describe, expect, it } from 'vitest';
import { addWindow, maxOpenCasesError, normalizeWindows, windowErrors } from './weekly-hours';

const w = (weekday: number, startsAt: string, endsAt: string) => ({ weekday, startsAt, endsAt });

describe('weekly hours', () => {
  it('orders windows by weekday and time, without seconds', () => {
    expect(normalizeWindows([w(2, '13:00:00', '17:00:00'), w(1, '09:00', '12:00'), w(2, '08:00', '12:00')])).toEqual([
      w(1, '09:00', '12:00'),
      w(2, '08:00', '12:00'),
      w(2, '13:00', '17:00'),
    ]);
  });

  it('adds office hours to an empty day and the next hour after the last window', () => {
    expect(addWindow([], 3)).toEqual([w(3, '09:00', '17:00')]);
    expect(addWindow([w(3, '09:00', '17:00')], 3)[1]).toEqual(w(3, '17:00', '18:00'));
    expect(addWindow([w(3, '20:00', '23:30')], 3)[1]).toEqual(w(3, '23:30', '23:59'));
  });

  it('finds empty, backwards and overlapping windows', () => {
    const errors = windowErrors([w(1, '09:00', '12:00'), w(1, '11:00', '13:00'), w(2, '11:00', '13:00'), w(3, '10:00', '10:00'), w(4, '', '12:00')]);
    expect([...errors]).toEqual([
      [1, 'Overlaps other hours on the same day.'],
      [3, 'The end must be after the start.'],
      [4, 'Enter both times.'],
    ]);
    expect(windowErrors([w(1, '09:00', '12:00'), w(1, '12:00', '13:00')]).size).toBe(0);
  });

  it('accepts a capacity from 0 to 500', () => {
    expect(maxOpenCasesError('0')).toBeUndefined();
    expect(maxOpenCasesError('500')).toBeUndefined();
    expect(maxOpenCasesError('501')).toMatch(/0 to 500/);
    expect(maxOpenCasesError('2.5')).toMatch(/whole number/);
    expect(maxOpenCasesError('')).toMatch(/whole number/);
  });
});
