// Sends one chunk with XMLHttpRequest, because fetch cannot report upload progress: the bytes, their
// SHA-256 as an RFC 9530 Content-Digest, and the CSRF header. Aborting (pause, cancel) rejects with
// AbortedError; no answer at all (offline, server restarting) with NetworkError.
import { Base64Url } from '../../../crypto';
import { api } from '../../../lib/api-client';
import { CSRF_COOKIE, CSRF_HEADER, readCookie } from '../../../lib/csrf';
import { errorFor, NetworkError, toProblem } from '../../../lib/problem';

export class AbortedError extends Error {
  constructor() {
    super('aborted');
    this.name = 'AbortedError';
  }
}

export type Sending = { done: Promise<{ received: number }>; abort: () => void };

async function csrfToken(): Promise<string> {
  let token = readCookie(document.cookie, CSRF_COOKIE);
  if (!token) {
    await api.get('/api/session').catch(() => undefined);
    token = readCookie(document.cookie, CSRF_COOKIE);
  }
  return token ?? '';
}

function standardBase64(bytes: Uint8Array): string {
  return Base64Url.encode(bytes).replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (Math.ceil((bytes.length * 4) / 3) % 4)) % 4);
}

export function sendChunk(url: string, bytes: Uint8Array<ArrayBuffer>, sha256: Uint8Array, onProgress: (loaded: number) => void): Sending {
  const xhr = new XMLHttpRequest();
  const done = csrfToken().then(
    (token) =>
      new Promise<{ received: number }>((resolve, reject) => {
        xhr.open('PUT', url);
        xhr.setRequestHeader('Content-Type', 'application/octet-stream');
        xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
        xhr.setRequestHeader('Content-Digest', `sha-256=:${standardBase64(sha256)}:`);
        xhr.setRequestHeader(CSRF_HEADER, token);
        xhr.upload.onprogress = (event) => onProgress(event.loaded);
        xhr.onabort = () => reject(new AbortedError());
        xhr.onerror = () => reject(new NetworkError());
        xhr.onload = () => {
          let body: unknown;
          try {
            body = JSON.parse(xhr.responseText);
          } catch {
            body = undefined;
          }
          if (xhr.status >= 200 && xhr.status < 300) resolve(body as { received: number });
          else reject(errorFor(xhr.status, toProblem(body)));
        };
        xhr.send(bytes);
      }),
  );
  return { done, abort: () => xhr.abort() };
}
