import { describe, expect, it } from 'vitest';
import { formatDay, orderedActions, today } from './deliverable-labels';

describe('deliverable labels', () => {
  it('shows a due date as the calendar day it names, whatever the time zone', () => {
    const shown = formatDay('2026-12-24');
    expect(shown).toContain('24');
    expect(shown).toContain('2026');
  });

  it('leaves a value that is not a day as it came', () => {
    expect(formatDay('soon')).toBe('soon');
  });

  it('writes today as the date input does', () => {
    expect(today(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
  });

  it('offers the moves in the order they happen', () => {
    expect(orderedActions(['REQUEST_REVISION', 'ACCEPT'])).toEqual(['ACCEPT', 'REQUEST_REVISION']);
  });
});
