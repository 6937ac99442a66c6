// Reading a document back: the version's key opened in the vault, the ciphertext streamed from the
// server and decrypted segment by segment as it arrives. A stream that errors (a damaged, truncated or
// foreign document) must be thrown away whole: what it emitted before the error is not to be trusted.
import { DocumentKey, DocumentStream } from '../../../crypto';
import type { Bytes } from '../../../crypto/bytes';
import { errorFor, NetworkError, toProblem } from '../../../lib/problem';
import { contentPath, openDocumentKey, type SealedVersion } from '../api/documents';

export async function decryptedStream(caseId: string, documentId: string, version: SealedVersion): Promise<ReadableStream<Bytes>> {
  const raw = await openDocumentKey(caseId, version.id, version.key);
  const key = await DocumentKey.fromRaw(caseId, version.id, raw);
  raw.fill(0);
  let response: Response;
  try {
    response = await fetch(contentPath(caseId, documentId, version.id), { credentials: 'same-origin' });
  } catch {
    throw new NetworkError();
  }
  if (!response.ok || !response.body) {
    throw errorFor(response.status, toProblem(await response.json().catch(() => undefined)));
  }
  return DocumentStream.decrypt(key, response.body);
}

export type Watcher = { progress: (bytes: number) => void; failed: (error: unknown) => void; finished: () => void };

/**
 * Passes a stream on while telling the page how far it got and how it ended: once the stream is handed
 * to the download worker, this is how the page still learns that a document did not verify.
 */
export function watched(stream: ReadableStream<Bytes>, watcher: Watcher): ReadableStream<Bytes> {
  const reader = stream.getReader();
  let total = 0;
  return new ReadableStream<Bytes>(
    {
      async pull(controller) {
        try {
          const { value, done } = await reader.read();
          if (done) {
            watcher.finished();
            controller.close();
            return;
          }
          total += value.length;
          watcher.progress(total);
          controller.enqueue(value);
        } catch (error) {
          watcher.failed(error);
          controller.error(error);
        }
      },
      cancel(reason) {
        watcher.failed(reason);
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

/** The whole document in memory, for a preview: only ever for documents under the preview limit. */
export async function decryptToBlob(caseId: string, documentId: string, version: SealedVersion): Promise<Blob> {
  const parts: Bytes[] = [];
  const reader = (await decryptedStream(caseId, documentId, version)).getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  return new Blob(parts, { type: version.contentType });
}
