// Messages between the page and the chunk-encryption worker.
import type { Bytes } from '../../../crypto/bytes';

export type EncryptRequest =
  | {
      type: 'encrypt';
      id: number;
      file: Blob;
      caseId: string;
      versionId: string;
      /** The raw document key, sent with the first chunk of an upload only. */
      key: Bytes | null;
      header: Bytes;
      index: number;
      chunkSize: number;
    }
  | { type: 'forget'; versionId: string };

export type EncryptResponse = { id: number; bytes: Bytes; sha256: Uint8Array } | { id: number; error: string };
