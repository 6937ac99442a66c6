import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from './api-client';
import {
  ApiError,
  BadRequestError,
  NetworkError,
  PreconditionFailedError,
  ServerError,
  TooManyRequestsError,
  UnauthorizedError,
} from './problem';

type Call = { url: string; init: RequestInit };

function fakeServer(respond: (call: Call) => Response, cookie = { value: 'XSRF-TOKEN=tok%2Ben' }) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (url: RequestInfo | URL, init: RequestInit = {}) => {
    const call = { url: String(url), init };
    calls.push(call);
    return respond(call);
  });
  const client = createApiClient({ fetch: fetch as typeof globalThis.fetch, cookies: () => cookie.value });
  return { client, calls, cookie };
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
const problem = (status: number, body: object) => json(status, { status, ...body }, 'application/problem+json');
const header = (call: Call, name: string) => new Headers(call.init.headers).get(name);
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => { throw new Error('expected the call to fail'); },
    (error: unknown) => error as ApiError,
  );

describe('api client', () => {
  it('sends JSON with the session cookie and returns the parsed body', async () => {
    const { client, calls } = fakeServer(() => json(200, { required: true }));
    await expect(client.get('/api/setup')).resolves.toEqual({ required: true });
    expect(calls[0].init.credentials).toBe('same-origin');
    expect(calls[0].init.method).toBe('GET');
  });

  it('adds the CSRF header (decoded cookie value) to state-changing requests only', async () => {
    const { client, calls } = fakeServer(() => new Response(null, { status: 204 }));
    await client.get('/api/session');
    await client.post('/api/session', { email: 'a@b.c' });
    await client.delete('/api/session');
    expect(header(calls[0], 'X-XSRF-TOKEN')).toBeNull();
    expect(header(calls[1], 'X-XSRF-TOKEN')).toBe('tok+en');
    expect(header(calls[1], 'Content-Type')).toBe('application/json');
    expect(calls[1].init.body).toBe('{"email":"a@b.c"}');
    expect(header(calls[2], 'X-XSRF-TOKEN')).toBe('tok+en');
  });

  it('fetches GET /api/session first when the CSRF cookie is missing', async () => {
    const cookie = { value: '' };
    const { client, calls } = fakeServer((call) => {
      if (call.url === '/api/session' && call.init.method === undefined) {
        cookie.value = 'other=1; XSRF-TOKEN=fresh';
        return problem(401, { title: 'Unauthorized' });
      }
      return json(201, { id: '1' });
    }, cookie);
    await client.post('/api/setup', { token: 't' });
    expect(calls.map((c) => c.url)).toEqual(['/api/session', '/api/setup']);
    expect(header(calls[1], 'X-XSRF-TOKEN')).toBe('fresh');
  });

  it('sends the version as a quoted If-Match', async () => {
    const { client, calls } = fakeServer(() => json(200, {}));
    await client.put('/api/me/profile', { fullName: 'A' }, { version: 7 });
    expect(header(calls[0], 'If-Match')).toBe('"7"');
  });

  it('maps problem details to typed errors with detail and field errors', async () => {
    const { client } = fakeServer(() =>
      problem(400, {
        type: 'https://consilium.app/problems/validation',
        title: 'Bad Request',
        detail: 'Some fields are invalid.',
        errors: [{ field: 'password', message: 'is too common' }],
      }),
    );
    const error = await failure(client.post('/api/setup', {}));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.message).toBe('Some fields are invalid.');
    expect(error.fieldErrors).toEqual([{ field: 'password', message: 'is too common' }]);
    expect(error.hasType('/validation')).toBe(true);
  });

  it.each([
    [401, UnauthorizedError],
    [412, PreconditionFailedError],
    [429, TooManyRequestsError],
    [503, ServerError],
  ])('maps HTTP %i to its error type', async (status, type) => {
    const { client } = fakeServer(() => problem(status, { title: 'x' }));
    await expect(client.get('/api/x')).rejects.toBeInstanceOf(type);
  });

  it('copes with error bodies that are not problem details', async () => {
    const { client } = fakeServer(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    const error = await failure(client.get('/api/x'));
    expect(error).toBeInstanceOf(ServerError);
    expect(error.problem).toEqual({});
  });

  it('turns a failed connection into a NetworkError', async () => {
    const { client } = fakeServer(() => {
      throw new TypeError('Failed to fetch');
    });
    await expect(client.get('/api/x')).rejects.toBeInstanceOf(NetworkError);
  });

  it('returns undefined for 204 and 202 without a body', async () => {
    const { client } = fakeServer(() => new Response(null, { status: 202 }));
    await expect(client.post('/api/password-resets', { email: 'a@b.c' })).resolves.toBeUndefined();
  });
});
