import { describe, expect, it } from 'vitest';
import { sessionKey } from '../features/session/api/get-session';
import { SESSION_ENDED_MESSAGE } from '../lib/error-message';
import { setFlash } from '../lib/flash';
import { errorFor } from '../lib/problem';
import { createQueryClient, isSessionLoss } from './query-client';
import { aMe } from './test-fixtures';

const unauthorized = (type?: string) => errorFor(401, { type, title: 'Unauthorized' });

describe('isSessionLoss', () => {
  it('is any 401 except the answers to a sign-in form', () => {
    expect(isSessionLoss(unauthorized())).toBe(true);
    expect(isSessionLoss(unauthorized('https://consilium.app/problems/bad-credentials'))).toBe(false);
    expect(isSessionLoss(unauthorized('https://consilium.app/problems/second-factor-required'))).toBe(false);
    expect(isSessionLoss(errorFor(403, {}))).toBe(false);
  });
});

describe('query client', () => {
  it('ends the session on a 401 while signed in, keeping no one’s data', async () => {
    const client = createQueryClient();
    client.setQueryData(sessionKey, aMe());
    client.setQueryData(['admin', 'accounts'], [{ id: 'x' }]);
    await client
      .fetchQuery({ queryKey: ['admin', 'invitations'], queryFn: () => Promise.reject(unauthorized()), retry: false })
      .catch(() => undefined);
    expect(client.getQueryData(sessionKey)).toBeNull();
    expect(client.getQueryData(['admin', 'accounts'])).toBeUndefined();
    setFlash(null);
  });

  it('leaves a wrong password to the form', async () => {
    const client = createQueryClient();
    client.setQueryData(sessionKey, aMe());
    await client
      .getMutationCache()
      .build(client, { mutationFn: () => Promise.reject(unauthorized('/bad-credentials')) })
      .execute(undefined)
      .catch(() => undefined);
    expect(client.getQueryData(sessionKey)).not.toBeNull();
  });

  it('uses the message the sign-in page shows', () => {
    expect(SESSION_ENDED_MESSAGE).toBe('Your session has ended. Please sign in again.');
  });
});
