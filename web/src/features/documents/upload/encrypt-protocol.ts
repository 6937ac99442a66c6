// Messages between the page and the chunk-encryption workers.
import type { Bytes } from '../../../crypto/bytes';

export type EncryptRequest =
  /** The raw document key of an upload, sent to every worker before its first chunk; the worker zeroes it. */
  | { type: 'key'; caseId: string; versionId: string; key: Bytes }
  | {
      type: 'encrypt';
      id: number;
      file: Blob;
      versionId: string;
      header: Bytes;
      index: number;
      chunkSize: number;
    }
  | { type: 'forget'; versionId: string };

export type EncryptResponse = { id: number; bytes: Bytes; sha256: Uint8Array } | { id: number; error: string };
