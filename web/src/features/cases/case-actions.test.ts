import { describe, expect, it } from 'vitest';
import { errorFor } from '../../lib/problem';
import { actionButtons, CASE_CHANGED_MESSAGE, transitionErrorMessage } from './case-actions';

describe('actionButtons', () => {
  it('lists the offered steps in lifecycle order, leaving assignment to its panel and Done to the work', () => {
    const buttons = actionButtons(['ARCHIVE', 'COMPLETE', 'RETURN', 'ASSIGN']);
    expect(buttons.map((b) => b.label)).toEqual(['Return to requester', 'Archive']);
  });

  it('asks for a reason before rejecting, returning and answering, and for nothing else', () => {
    const buttons = actionButtons(['ACCEPT', 'REJECT', 'START', 'RETURN', 'ANSWER', 'COMPLETE', 'ARCHIVE', 'RESTORE']);
    const withDialog = buttons.filter((b) => b.dialog).map((b) => [b.action, b.dialog?.field]);
    expect(withDialog).toEqual([
      ['REJECT', 'Reason for rejecting'],
      ['RETURN', 'What is missing'],
      ['ANSWER', 'Your answer'],
    ]);
  });

  it('names each confirm button apart from the button that opened it', () => {
    for (const { label, dialog } of actionButtons(['REJECT', 'RETURN', 'ANSWER'])) {
      expect(dialog?.confirm.toLowerCase()).not.toContain(label.toLowerCase());
      expect(label.toLowerCase()).not.toContain(dialog?.confirm.toLowerCase());
    }
  });
});

describe('transitionErrorMessage', () => {
  it('says the case changed after a stale version or a step no longer allowed', () => {
    expect(transitionErrorMessage(errorFor(412, {}))).toBe(CASE_CHANGED_MESSAGE);
    expect(transitionErrorMessage(errorFor(409, { type: '/transition-not-allowed' }))).toBe(CASE_CHANGED_MESSAGE);
  });

  it('passes other problems through', () => {
    expect(transitionErrorMessage(errorFor(400, { detail: 'A reason is required.' }))).toBe('A reason is required.');
  });
});
