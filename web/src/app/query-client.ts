import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { endSession } from '../features/session/api/end-session';
import { sessionKey } from '../features/session/api/get-session';
import { SESSION_ENDED_MESSAGE } from '../lib/error-message';
import { ApiError, UnauthorizedError } from '../lib/problem';
import { lockVault } from '../vault';

/** 401s that answer a form (wrong password, code needed) rather than say the session is gone. */
const FORM_ANSWERS = ['/bad-credentials', '/second-factor-required'];

export function isSessionLoss(error: unknown): boolean {
  return error instanceof UnauthorizedError && !FORM_ANSWERS.some((type) => error.hasType(type));
}

/**
 * One client for the app. A 401 on any call while signed in means the session has ended (idle or
 * absolute timeout, signed out elsewhere, account deactivated): lock the vault (in every tab),
 * forget everything and let the route guard show the sign-in page with a message.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => onError(error) }),
    mutationCache: new MutationCache({ onError: (error) => onError(error) }),
    defaultOptions: {
      queries: {
        // The server's answers are definite; only transport failures are worth another try.
        retry: (failures, error) => !(error instanceof ApiError) && failures < 2,
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  });

  function onError(error: unknown) {
    if (isSessionLoss(error) && client.getQueryData(sessionKey)) {
      void lockVault('session-ended');
      endSession(client, { tone: 'warning', text: SESSION_ENDED_MESSAGE });
    }
  }

  return client;
}
