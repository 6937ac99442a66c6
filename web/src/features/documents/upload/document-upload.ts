// One document going up: encrypted chunk by chunk in the workers, sent in order two at a time (one chunk
// goes up while the server records the one before and the worker encrypts the next), committed at the end.
// It pauses, resumes, retries after a lost connection or a server restart (the server says which chunks it
// has), and resumes after a reload when the person chooses the same file again.
import { Base64Url } from '../../../crypto';
import type { Bytes } from '../../../crypto/bytes';
import { api } from '../../../lib/api-client';
import { errorMessage, UserFacingError } from '../../../lib/error-message';
import { ApiError, ConflictError, NetworkError, ServerError } from '../../../lib/problem';
import {
  latestHeldGeneration,
  newDocumentKey,
  openDocumentKey,
  sealMetadata,
  uploadsPath,
  type DocumentCategory,
  type UnfinishedUpload,
} from '../api/documents';
import { AbortedError, sendChunk, type Sending } from './chunk-transport';
import { ciphertextSize, newHeader } from './chunks';
import { encryptInWorker, forgetKey, type ChunkSource, type EncryptedChunk } from './encryptor';

export type UploadPhase = 'preparing' | 'uploading' | 'paused' | 'retrying' | 'committing' | 'done' | 'failed' | 'cancelled';

export type UploadSnapshot = {
  localId: string;
  /** The server's id of the upload, once declared. */
  uploadId: string | null;
  name: string;
  size: number;
  phase: UploadPhase;
  /** Ciphertext bytes the server holds or is receiving, of `total`. */
  sent: number;
  total: number;
  message: string | null;
};

/**
 * Chunks on their way at once. Two keep the connection busy while the server records a chunk; the server
 * takes up to its `window` (4) past the first missing one, which leaves room for one being retried.
 */
const IN_FLIGHT = 2;

/** The server's count went back (it lost a chunk it had confirmed): start again from what it holds. */
class OutOfStepError extends Error {}

function gone(): never {
  throw new UserFacingError('This upload is no longer on the server. Start it again.');
}

/** Waits between attempts after a lost connection: about two minutes in all before giving up. */
const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 15000, 15000, 15000, 15000, 15000, 15000];

/** The first MiB's SHA-256: recognises the same file chosen again, without reading all of it. */
export async function probeOf(file: Blob): Promise<string> {
  const head = await file.slice(0, 1024 * 1024).arrayBuffer();
  return Base64Url.encode(new Uint8Array(await crypto.subtle.digest('SHA-256', head)));
}

/** A safe media type for the server: lower case, no parameters, or octet-stream. */
export function mediaTypeOf(file: File): string {
  const type = file.type.split(';')[0].trim().toLowerCase();
  return /^[a-z0-9][a-z0-9.+-]*\/[a-z0-9][a-z0-9.+-]*$/.test(type) && type.length <= 100 ? type : 'application/octet-stream';
}

/** What continuing an upload needs of it: where it stands, its stream header and its sealed key. */
export type Resumable = Pick<UnfinishedUpload, 'id' | 'documentId' | 'chunkSize' | 'chunks' | 'received' | 'window' | 'header' | 'key'>;

type Session = { id: string; chunkSize: number; chunks: number; received: number; window: number; source: ChunkSource };

export type UploadRequest = {
  caseId: string;
  file: File;
  category: DocumentCategory;
  description: string;
  /** A new version of this document, or null for a new document. */
  documentId: string | null;
  /** An unfinished upload of this same file to continue, or null to start afresh. */
  resume: Resumable | null;
};

export class DocumentUpload {
  readonly localId = crypto.randomUUID();
  private state: UploadSnapshot;
  private session: Session | null = null;
  private key: Bytes | null = null;
  private readonly sendings = new Set<Sending>();
  private running = false;
  private stop: 'pause' | 'cancel' | null = null;
  private readonly wakers = new Set<() => void>();
  /** Chunks waiting before another attempt, with what the person is told about each. */
  private readonly waiting = new Map<number, string>();

  constructor(
    private readonly request: UploadRequest,
    private readonly changed: () => void,
    private readonly finished: () => void,
  ) {
    const total = ciphertextSize(request.file.size);
    this.state = { localId: this.localId, uploadId: null, name: request.file.name, size: request.file.size, phase: 'preparing', sent: 0, total, message: null };
  }

  get snapshot(): UploadSnapshot {
    return this.state;
  }

  start(): void {
    void this.run();
  }

  pause(): void {
    if (!this.running) return;
    this.stop = 'pause';
    this.abortSendings();
  }

  resume(): void {
    if (this.state.phase === 'paused' || this.state.phase === 'failed') void this.run();
  }

  async cancel(): Promise<void> {
    this.stop = 'cancel';
    this.abortSendings();
    if (!this.running) await this.discard();
  }

  private update(patch: Partial<UploadSnapshot>): void {
    this.state = { ...this.state, ...patch };
    this.changed();
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.stop = null;
    try {
      if (!this.session) {
        this.session = await this.open();
        this.update({ uploadId: this.session.id });
      } else {
        const received = await this.receivedIfUploading();
        // A commit whose answer was lost on the way back went through: the version is there.
        if (received === null && (await this.committedAfterAll(this.session))) return this.done(this.session);
        this.session.received = received ?? gone();
      }
      await this.sendFrom(this.session);
      if (this.stopped()) return;
      this.update({ phase: 'committing', sent: this.state.total, message: null });
      await this.commit(this.session);
      this.done(this.session);
    } catch (error) {
      if (error instanceof AbortedError || this.stopped()) return;
      this.update({ phase: 'failed', message: errorMessage(error) });
    } finally {
      this.running = false;
      if (this.stop === 'cancel') await this.discard();
      else if (this.stop === 'pause') this.update({ phase: 'paused', message: null });
    }
  }

  private stopped(): boolean {
    return this.stop !== null;
  }

  /** Declares the upload to the server, or takes up the unfinished one this file belongs to. */
  private async open(): Promise<Session> {
    const { caseId, file, resume } = this.request;
    if (resume) {
      this.key = await openDocumentKey(caseId, resume.id, resume.key);
      return this.sessionOf(resume, Base64Url.decode(resume.header));
    }
    const generation = await latestHeldGeneration(caseId);
    const id = crypto.randomUUID();
    const header = newHeader();
    const { raw, sealed } = await newDocumentKey(caseId, id, generation);
    this.key = raw;
    const metadata = await sealMetadata(
      caseId,
      id,
      { name: file.name, description: this.request.description, lastModified: file.lastModified, probe: await probeOf(file) },
      generation,
    );
    const declared = await api.post<UnfinishedUpload>(uploadsPath(caseId), {
      id,
      documentId: this.request.documentId,
      category: this.request.category,
      contentType: mediaTypeOf(file),
      size: ciphertextSize(file.size),
      header: Base64Url.encode(header),
      metadata,
      key: sealed,
    });
    return this.sessionOf(declared, header);
  }

  private sessionOf(upload: Resumable, header: Bytes): Session {
    const source = { file: this.request.file, caseId: this.request.caseId, versionId: upload.id, header, chunkSize: upload.chunkSize };
    return { id: upload.id, chunkSize: upload.chunkSize, chunks: upload.chunks, received: upload.received, window: upload.window, source };
  }

  /** Commits; a commit that answers upload-gone because an earlier one, whose answer was lost, got there first is fine. */
  private async commit(session: Session): Promise<void> {
    try {
      await api.post(`${uploadsPath(this.request.caseId)}/${session.id}/commit`);
    } catch (error) {
      const taken = error instanceof ConflictError && error.hasType('/upload-gone');
      if (!taken || !(await this.committedAfterAll(session))) throw error;
    }
  }

  private done(session: Session): void {
    forgetKey(session.id);
    this.update({ phase: 'done', sent: this.state.total, message: null });
    this.finished();
  }

  /** How many chunks the server holds of this upload. */
  private async receivedOnServer(): Promise<number> {
    return (await this.receivedIfUploading()) ?? gone();
  }

  /** How many chunks the server holds of this upload; null once it is no upload any more. */
  private async receivedIfUploading(): Promise<number | null> {
    const mine = await api.get<UnfinishedUpload[]>(uploadsPath(this.request.caseId));
    return mine.find((u) => u.id === this.session?.id)?.received ?? null;
  }

  /** Whether this upload is a version of its document now (an upload's id is its version's id). */
  private async committedAfterAll(session: Session): Promise<boolean> {
    // A new version's document; a file dropped again to resume one names it only in the upload it resumes.
    const documentId = this.request.documentId ?? this.request.resume?.documentId ?? session.id;
    try {
      const versions = await api.get<{ id: string }[]>(`/api/cases/${this.request.caseId}/documents/${documentId}/versions`);
      return versions.some((v) => v.id === session.id);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return false;
      throw error;
    }
  }

  private encrypt(session: Session, index: number): Promise<EncryptedChunk> {
    const key = this.key;
    this.key = null;
    const chunk = encryptInWorker(session.source, index, key);
    key?.fill(0);
    return chunk;
  }

  /**
   * Sends every chunk from the first one the server lacks, `IN_FLIGHT` at a time: the next starts when the
   * oldest is answered, so none is ever further ahead than the server's window.
   */
  private async sendFrom(session: Session): Promise<void> {
    const progress = new Progress(session, this.state.total, (sent) => this.update({ sent }));
    for (let restarts = 0; ; restarts++) {
      const pending: Promise<void>[] = [];
      let next = session.received;
      try {
        while (!this.stopped() && (next < session.chunks || pending.length > 0)) {
          while (pending.length < Math.min(IN_FLIGHT, session.window) && next < session.chunks) {
            const sent = this.encryptAndSend(session, next++, progress);
            sent.catch(() => undefined); // awaited below, in order
            pending.push(sent);
          }
          await pending.shift();
          // A chunk stored before a lost answer moves the server's count past ours: skip what it has.
          next = Math.max(next, session.received);
        }
        await Promise.allSettled(pending); // paused or cancelled: nothing may go on sending after this
        return;
      } catch (error) {
        this.abortSendings();
        await Promise.allSettled(pending);
        if (!(error instanceof OutOfStepError) || restarts >= 2) throw error;
        session.received = await this.receivedOnServer();
        progress.restart();
      }
    }
  }

  private async encryptAndSend(session: Session, index: number, progress: Progress): Promise<void> {
    const chunk = await this.encrypt(session, index);
    if (this.stopped()) throw new AbortedError();
    const received = await this.sendWithRetries(session, index, chunk, progress);
    session.received = Math.max(session.received, received);
    progress.finished(index);
  }

  private async sendWithRetries(session: Session, index: number, chunk: EncryptedChunk, progress: Progress): Promise<number> {
    const url = `${uploadsPath(this.request.caseId)}/${session.id}/chunks/${index}`;
    for (let attempt = 0; ; attempt++) {
      this.showWaiting();
      const sending = sendChunk(url, chunk.bytes, chunk.sha256, (loaded) => progress.loading(index, loaded));
      this.sendings.add(sending);
      try {
        return (await sending.done).received;
      } catch (error) {
        if (error instanceof AbortedError || this.stopped()) throw new AbortedError();
        if (error instanceof ConflictError && error.hasType('/chunk-out-of-order')) throw new OutOfStepError(error.message);
        const transient = error instanceof NetworkError || error instanceof ServerError;
        if (!transient || attempt >= RETRY_DELAYS_MS.length) throw error;
        const delay = RETRY_DELAYS_MS[attempt];
        progress.loading(index, 0);
        this.waiting.set(
          index,
          `${error instanceof NetworkError ? 'Connection lost' : 'The server is not answering'}. Retrying in ${Math.round(delay / 1000)} s…`,
        );
        this.showWaiting();
        await this.sleep(delay);
        if (this.stopped()) throw new AbortedError();
        // Where does the server stand? It may have stored this chunk before the connection dropped.
        try {
          const received = await this.receivedOnServer();
          if (received > index) return received;
        } catch (lookup) {
          if (lookup instanceof ApiError && !(lookup instanceof ServerError)) throw lookup;
        }
      } finally {
        this.sendings.delete(sending);
        if (this.waiting.delete(index)) this.showWaiting();
      }
    }
  }

  /** Retrying while any chunk waits to be sent again: a sibling chunk going up must not hide that. */
  private showWaiting(): void {
    const [message] = this.waiting.values();
    this.update(message ? { phase: 'retrying', message } : { phase: 'uploading', message: null });
  }

  /** Stops every chunk on its way and every wait before a retry. */
  private abortSendings(): void {
    for (const sending of this.sendings) sending.abort();
    for (const wake of [...this.wakers]) wake();
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.wakers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.wakers.add(wake);
    });
  }

  private async discard(): Promise<void> {
    const id = this.session?.id;
    if (id) {
      forgetKey(id);
      await api.delete(`${uploadsPath(this.request.caseId)}/${id}`).catch(() => undefined);
    }
    this.update({ phase: 'cancelled', message: null });
    this.finished();
  }
}

/** Bytes the server holds or is receiving: the chunks it confirmed, and what is on its way of the others. */
class Progress {
  private finishedBytes: number;
  private readonly loaded = new Map<number, number>();

  constructor(
    private readonly session: Session,
    private readonly total: number,
    private readonly report: (sent: number) => void,
  ) {
    this.finishedBytes = session.received * session.chunkSize;
  }

  loading(index: number, bytes: number): void {
    this.loaded.set(index, bytes);
    this.publish();
  }

  finished(index: number): void {
    this.loaded.delete(index);
    this.finishedBytes += this.session.chunkSize;
    this.publish();
  }

  restart(): void {
    this.loaded.clear();
    this.finishedBytes = this.session.received * this.session.chunkSize;
    this.publish();
  }

  private publish(): void {
    let sent = this.finishedBytes;
    for (const bytes of this.loaded.values()) sent += bytes;
    this.report(Math.min(sent, this.total));
  }
}
