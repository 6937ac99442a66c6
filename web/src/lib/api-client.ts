// The one way the app talks to the server: JSON over same-origin fetch with the session cookie,
// the CSRF header on every state-changing request, If-Match for optimistic locking, and every
// failure turned into a typed error (see problem.ts).
import { CSRF_COOKIE, CSRF_HEADER, isSafeMethod, readCookie } from './csrf';
import { errorFor, NetworkError, toProblem } from './problem';

export type RequestOptions = {
  /** The resource's version, sent as `If-Match: "<version>"`. */
  version?: number;
  signal?: AbortSignal;
};

export type ApiClient = {
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  post<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  put<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  delete<T = void>(path: string, options?: RequestOptions): Promise<T>;
};

export type ApiClientDeps = {
  fetch: typeof fetch;
  /** The document's cookies, as `document.cookie` returns them. */
  cookies: () => string;
};

/** Where the server sets the CSRF cookie even for someone not signed in. */
const CSRF_PRIMING_PATH = '/api/session';

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => '');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function createApiClient({ fetch, cookies }: ApiClientDeps): ApiClient {
  let priming: Promise<unknown> | null = null;

  async function csrfToken(): Promise<string | null> {
    const token = readCookie(cookies(), CSRF_COOKIE);
    if (token) return token;
    priming ??= fetch(CSRF_PRIMING_PATH, { credentials: 'same-origin' })
      .catch(() => undefined)
      .finally(() => (priming = null));
    await priming;
    return readCookie(cookies(), CSRF_COOKIE);
  }

  async function request<T>(method: string, path: string, body: unknown, options: RequestOptions = {}) {
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (options.version !== undefined) headers['If-Match'] = `"${options.version}"`;
    if (!isSafeMethod(method)) {
      const token = await csrfToken();
      if (token) headers[CSRF_HEADER] = token;
    }
    let response: Response;
    try {
      response = await fetch(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
        signal: options.signal,
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw new NetworkError();
    }
    const payload = await readBody(response);
    if (!response.ok) throw errorFor(response.status, toProblem(payload), payload);
    return payload as T;
  }

  return {
    get: (path, options) => request('GET', path, undefined, options),
    post: (path, body, options) => request('POST', path, body, options),
    put: (path, body, options) => request('PUT', path, body, options),
    delete: (path, options) => request('DELETE', path, undefined, options),
  };
}

export const api = createApiClient({
  fetch: (input, init) => window.fetch(input, init),
  cookies: () => document.cookie,
});
