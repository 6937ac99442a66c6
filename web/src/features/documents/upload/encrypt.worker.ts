/// <reference lib="webworker" />
// Encrypts chunks of documents off the page's thread: the page asks for chunk i of a file, this worker
// reads just the bytes it needs from the File, encrypts them and hands back the chunk with its SHA-256
// (transferred, not copied). Document keys stay here for the upload's lifetime, by version id.
import { DocumentKey } from '../../../crypto/documentKey';
import { encryptChunk } from './chunks';
import type { EncryptRequest, EncryptResponse } from './encrypt-protocol';

const keys = new Map<string, Promise<DocumentKey>>();

self.onmessage = async ({ data }: MessageEvent<EncryptRequest>) => {
  if (data.type === 'forget') {
    keys.delete(data.versionId);
    return;
  }
  if (data.type === 'key') {
    keys.set(data.versionId, DocumentKey.fromRaw(data.caseId, data.versionId, data.key).finally(() => data.key.fill(0)));
    return;
  }
  try {
    const key = keys.get(data.versionId);
    if (!key) throw new Error('the document key was not given');
    const bytes = await encryptChunk(data.file, await key, data.header, data.index, data.chunkSize);
    const sha256 = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    const response: EncryptResponse = { id: data.id, bytes, sha256 };
    (self as unknown as DedicatedWorkerGlobalScope).postMessage(response, [bytes.buffer]);
  } catch (error) {
    const response: EncryptResponse = { id: data.id, error: error instanceof Error ? error.message : String(error) };
    (self as unknown as DedicatedWorkerGlobalScope).postMessage(response);
  }
};
