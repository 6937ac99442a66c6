import { describe, expect, it } from 'vitest';
import { errorMessage, fieldError, LOST_UPDATE_MESSAGE, otherFieldErrors, UserFacingError } from './error-message';
import { errorFor, NetworkError, toProblem } from './problem';

describe('errorMessage', () => {
  it('prefers the detail, then the title', () => {
    expect(errorMessage(errorFor(429, { title: 'Too Many Requests', detail: 'Try again in 5 minutes.' }))).toBe(
      'Try again in 5 minutes.',
    );
    expect(errorMessage(errorFor(403, { title: 'Forbidden' }))).toBe('Forbidden');
  });

  it('explains a lost update whatever the server said', () => {
    expect(errorMessage(errorFor(412, { title: 'Precondition Failed' }))).toBe(LOST_UPDATE_MESSAGE);
  });

  it('shows the sentences the page wrote for people as they are', () => {
    expect(errorMessage(new UserFacingError('This upload is no longer on the server. Start it again.'))).toBe(
      'This upload is no longer on the server. Start it again.',
    );
  });

  it('never shows raw text for unknown errors', () => {
    expect(errorMessage(new Error('at Object.<anonymous> (stack.js:1:1)'))).toBe('Something went wrong. Please try again.');
    expect(errorMessage(errorFor(500, {}))).toMatch(/on our side/);
    expect(errorMessage(new NetworkError())).toMatch(/could not be reached/);
  });

  it('finds field errors by field and lists the ones a form does not show', () => {
    const error = errorFor(400, {
      errors: [
        { field: 'email', message: 'must be a well-formed email address' },
        { field: 'organizationId', message: 'unknown organization' },
      ],
    });
    expect(fieldError(error, 'email')).toBe('must be a well-formed email address');
    expect(fieldError(error, 'role')).toBeUndefined();
    expect(otherFieldErrors(error, ['email'])).toEqual(['organizationId: unknown organization']);
  });
});

describe('toProblem', () => {
  it('keeps only well-formed members', () => {
    expect(toProblem({ title: 'X', status: 400, errors: [{ field: 'a', message: 'b' }, { field: 1 }, null], stack: '…' })).toEqual({
      type: undefined,
      title: 'X',
      status: 400,
      detail: undefined,
      errors: [{ field: 'a', message: 'b' }],
    });
    expect(toProblem('not json')).toEqual({});
  });
});
