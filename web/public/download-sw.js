// Turns a decrypted document into a download without holding it in memory: the page decrypts the
// ciphertext as a stream and hands the stream over; this worker answers the navigation to
// /downloads/<id> with it, so the browser writes it to disk as it arrives. Nothing here sees a key,
// and nothing leaves the browser: the name and the bytes travel only between the page and this worker.
const pending = new Map();
const DOWNLOAD = /^\/downloads\/([0-9a-f-]{36})$/;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('message', (event) => {
  const { id, name, size, stream } = event.data || {};
  const reply = event.ports && event.ports[0];
  if (typeof id !== 'string' || !DOWNLOAD.test('/downloads/' + id) || !(stream instanceof ReadableStream)) {
    if (reply) reply.postMessage('refused');
    return;
  }
  pending.set(id, { name: String(name || 'document'), size, stream });
  // Forget a download nobody asked for within a minute, so its stream does not stay open.
  setTimeout(() => {
    const left = pending.get(id);
    if (left) {
      pending.delete(id);
      left.stream.cancel('not requested').catch(() => undefined);
    }
  }, 60000);
  if (reply) reply.postMessage('ready');
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  const match = url.origin === self.location.origin && DOWNLOAD.exec(url.pathname);
  const download = match && pending.get(match[1]);
  if (!download) return;
  pending.delete(match[1]);
  const ascii = download.name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const headers = {
    'Content-Type': 'application/octet-stream',
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(download.name)}`,
    'Content-Security-Policy': "default-src 'none'",
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  };
  if (Number.isSafeInteger(download.size)) headers['Content-Length'] = String(download.size);
  event.respondWith(new Response(download.stream, { headers }));
});
