import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { UnauthorizedError } from '../../../lib/problem';
import type { Me } from '../../../types/api';

export const sessionKey = ['session'] as const;

/** The signed-in person, or null when nobody is signed in (the server answers 401). */
export async function getSession(): Promise<Me | null> {
  try {
    return await api.get<Me>('/api/session');
  } catch (error) {
    if (error instanceof UnauthorizedError) return null;
    throw error;
  }
}

export const sessionQueryOptions = () =>
  queryOptions({ queryKey: sessionKey, queryFn: getSession, staleTime: 5 * 60_000 });

export const useSession = () => useQuery(sessionQueryOptions());

/** The signed-in person, for pages behind the session guard (which renders them only then). */
export function useMe(): Me {
  const { data } = useSession();
  if (!data) throw new Error('useMe() used outside a signed-in route');
  return data;
}

/** Stores the Me that an API call returned, so every page sees the update at once. */
export function useSetMe() {
  const queryClient = useQueryClient();
  return (me: Me) => queryClient.setQueryData(sessionKey, me);
}
