package app.consilium.documents;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import app.consilium.cases.CaseActivity;
import app.consilium.crypto.DocumentStreamStructure;
import app.consilium.crypto.InvalidStructureException;
import app.consilium.documents.storage.BlobStore;
import app.consilium.documents.storage.BlobStoreException;
import app.consilium.platform.ProblemException;

/**
 * Resumable uploads. The browser declares the document (size, stream header, sealed name and key), sends
 * its ciphertext in order, chunk by chunk and a few at a time, each with its SHA-256, and commits. A chunk is
 * recorded only once it is stored whole and hashes right, so an interrupted upload resumes at the first
 * chunk not recorded, from any node; the document exists only from the commit on. Nothing here holds more than a
 * copy buffer of a chunk in memory.
 */
@Service
class Uploads {

	private static final Logger log = LoggerFactory.getLogger(Uploads.class);

	private final UploadRepository uploads;

	private final DocumentRepository documents;

	private final BlobStore store;

	private final CaseActivity activity;

	private final DocumentSettings settings;

	private final TransactionTemplate tx;

	private final Clock clock;

	Uploads(UploadRepository uploads, DocumentRepository documents, BlobStore store, CaseActivity activity,
			DocumentSettings settings, TransactionTemplate tx, Clock clock) {
		this.uploads = uploads;
		this.documents = documents;
		this.store = store;
		this.activity = activity;
		this.settings = settings;
		this.tx = tx;
		this.clock = clock;
	}

	/** What the browser declares before the first chunk; sealed fields already checked against the case. */
	record Declaration(UUID id, UUID caseId, UUID documentId, UUID accountId, DocumentCategory category,
			String contentType, long size, byte[] header, byte[] metadataSealed, byte[] keySealed, int generation) {
	}

	Upload begin(Declaration d) {
		DocumentStreamStructure shape = shapeOf(d.header(), d.size());
		if (shape.plaintextLength() > settings.maxSize().toBytes()) {
			throw new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "document-too-large", "Documents may be at most "
					+ readable(settings.maxSize().toBytes()) + "; this one is " + readable(shape.plaintextLength()) + ".");
		}
		DocumentCategory category = d.category();
		if (d.documentId() != null) {
			Document existing = documents.find(d.caseId(), d.documentId())
				.filter(doc -> !doc.deleted())
				.orElseThrow(() -> ProblemException.notFound("The document"));
			category = existing.category();
		}
		if (uploads.idTaken(d.id())) {
			throw ProblemException.conflict("upload-exists", "An upload or document with this id already exists.");
		}
		String key = Upload.blobKey(d.caseId(), d.id());
		String writeId = store.begin(key);
		Instant now = clock.instant();
		Upload upload = new Upload(d.id(), d.caseId(), d.documentId(), d.accountId(), category, d.contentType(),
				d.size(), shape.plaintextLength(), DocumentSettings.CHUNK_SIZE, d.header(), d.metadataSealed(),
				d.keySealed(), d.generation(), key, writeId, now, now);
		try {
			uploads.insert(upload);
		}
		catch (RuntimeException ex) {
			store.abort(key, writeId);
			throw ex;
		}
		return upload;
	}

	/**
	 * Stores chunk {@code number} from {@code body}. Chunks come in order, a few at a time (the window of
	 * {@link ReceivedChunks}); sending a stored chunk again with the same bytes is harmless (a retry after a
	 * lost response), with other bytes a conflict.
	 * @return how many leading chunks are stored now
	 */
	int receive(Upload upload, int number, InputStream body, long contentLength, byte[] declaredSha256)
			throws IOException {
		if (number < 0 || number >= upload.chunkCount()) {
			throw ProblemException.badRequest("chunk-out-of-range", "Chunk " + number + " lies beyond the declared size: "
					+ "this document has chunks 0 to " + (upload.chunkCount() - 1) + ".");
		}
		long expected = upload.sizeOfChunk(number);
		if (contentLength >= 0 && contentLength != expected) {
			throw ProblemException.badRequest("chunk-size", "Chunk " + number + " must be exactly " + expected
					+ " bytes; this one has " + contentLength + ".");
		}
		ReceivedChunks stored = uploads.received(upload.id());
		ChunkInput in = new ChunkInput(body, expected, number == 0 ? upload.header().length : 0);
		if (stored.has(number)) {
			in.drain();
			requireWhole(in, number, expected);
			if (!sameAsStored(upload, number, in.sha256())) {
				throw ProblemException.conflict("chunk-already-stored",
						"Chunk " + number + " is already stored with other bytes; it cannot be replaced.");
			}
			return stored.received();
		}
		requireWithinWindow(stored, number);
		BlobStore.StoredPart part;
		try {
			part = store.putPart(upload.blobKey(), upload.writeId(), number, in, expected);
		}
		catch (BlobStoreException ex) {
			if (in.endedEarly()) {
				throw chunkTooShort(number, expected, in.count());
			}
			log.error("Could not store chunk {} of upload {}", number, upload.id(), ex);
			throw storageUnavailable();
		}
		requireWhole(in, number, expected);
		byte[] sha256 = in.sha256();
		if (!MessageDigest.isEqual(sha256, declaredSha256)) {
			throw ProblemException.badRequest("chunk-digest-mismatch", "Chunk " + number
					+ " does not match its Content-Digest: it was damaged on the way. Send it again.");
		}
		if (number == 0 && !MessageDigest.isEqual(in.head(), upload.header())) {
			throw ProblemException.badRequest("header-mismatch",
					"The first chunk does not start with the stream header declared for this upload.");
		}
		var chunk = new StoredChunk(number, (int) expected, sha256, part.tag());
		Integer received = tx.execute(status -> record(upload, chunk));
		if (received == null) {
			// Cancelled while this chunk was on its way: the part it stored belongs to no upload now.
			store.abort(upload.blobKey(), upload.writeId());
			throw uploadGone();
		}
		return received;
	}

	/**
	 * Records a stored chunk; the upload's row lock puts concurrent chunks of one upload one after the other.
	 * @return how many leading chunks are stored now, or null if the upload is gone
	 */
	private Integer record(Upload upload, StoredChunk chunk) {
		if (uploads.lock(upload.id()).isEmpty()) {
			return null;
		}
		ReceivedChunks stored = uploads.received(upload.id());
		if (stored.has(chunk.number())) {
			if (sameAsStored(upload, chunk.number(), chunk.sha256())) {
				return stored.received();
			}
			throw ProblemException.conflict("chunk-already-stored",
					"Chunk " + chunk.number() + " was stored with other bytes by another request.");
		}
		requireWithinWindow(stored, chunk.number());
		uploads.insertChunk(upload.id(), chunk);
		uploads.touch(upload.id(), clock.instant());
		return stored.with(chunk.number()).received();
	}

	private static void requireWithinWindow(ReceivedChunks stored, int number) {
		if (!stored.withinWindow(number)) {
			throw ProblemException.conflict("chunk-out-of-order", "Chunk " + number + " came too early: chunk "
					+ stored.received() + " is missing, and at most " + ReceivedChunks.WINDOW
					+ " chunks may be on their way at once. Send the chunks in order, from chunk " + stored.received()
					+ ".");
		}
	}

	private boolean sameAsStored(Upload upload, int number, byte[] sha256) {
		return uploads.chunk(upload.id(), number).map(c -> MessageDigest.isEqual(c.sha256(), sha256)).orElse(false);
	}

	/**
	 * Turns a complete upload into a document, or a new version of one: the blob store makes the bytes
	 * readable all at once, then the version is recorded and the upload forgotten, in one transaction that
	 * holds the upload's row lock throughout. A cancel, the clean-up of abandoned uploads or a second commit of
	 * the same upload waits for it, then finds the upload gone: none of them can drop the chunks of the
	 * version just recorded, nor complete or delete its bytes a second time. A commit that fails for another
	 * reason after the store completed (the database, the node) can be sent again: completing is idempotent.
	 * @return the document's id
	 */
	UUID commit(Upload upload) {
		UUID documentId = upload.documentId() == null ? upload.id() : upload.documentId();
		var completed = new AtomicBoolean();
		try {
			tx.executeWithoutResult(status -> {
				uploads.lock(upload.id()).orElseThrow(Uploads::uploadGone);
				complete(upload);
				completed.set(true);
				record(upload, documentId);
			});
		}
		catch (ProblemException ex) {
			if (completed.get()) {
				// Refused for good (its document was deleted meanwhile): the completed bytes go with the upload.
				forget(upload, ex);
			}
			throw ex;
		}
		return documentId;
	}

	private void complete(Upload upload) {
		List<StoredChunk> chunks = uploads.chunks(upload.id());
		if (chunks.size() != upload.chunkCount()) {
			int missing = uploads.received(upload.id()).received();
			throw ProblemException.conflict("upload-incomplete", chunks.size() + " of " + upload.chunkCount()
					+ " chunks are stored; send chunk " + missing + " and the rest before committing.");
		}
		try {
			store.complete(upload.blobKey(), upload.writeId(), chunks.stream().map(StoredChunk::part).toList());
		}
		catch (BlobStoreException ex) {
			log.error("Could not complete upload {}", upload.id(), ex);
			throw storageUnavailable();
		}
	}

	private void record(Upload upload, UUID documentId) {
		uploads.delete(upload.id());
		Instant now = clock.instant();
		if (upload.documentId() == null) {
			documents.insertDocument(documentId, upload.caseId(), upload.category(), upload.id(), upload.accountId(), now);
			documents.insertVersion(DocumentVersion.of(upload, documentId, 1, now));
			activity.record(upload.caseId(), upload.accountId(), "document.uploaded", upload.category().name());
			return;
		}
		documents.lock(documentId);
		if (documents.find(upload.caseId(), documentId).filter(d -> !d.deleted()).isEmpty()) {
			throw ProblemException.conflict("document-deleted", "The document was deleted while its new version uploaded.");
		}
		int number = documents.nextVersionNumber(documentId);
		documents.insertVersion(DocumentVersion.of(upload, documentId, number, now));
		documents.makeCurrent(documentId, upload.id(), now);
		activity.record(upload.caseId(), upload.accountId(), "document.version-added", upload.category().name());
	}

	/**
	 * Drops an upload whose commit was refused after the store completed it, with its bytes; as in
	 * {@link #cancel}, the bytes go before the rows commit, so a failure leaves the upload to drop again.
	 */
	private void forget(Upload upload, RuntimeException cause) {
		try {
			tx.executeWithoutResult(status -> {
				if (drop(upload)) {
					store.delete(upload.blobKey());
				}
			});
		}
		catch (RuntimeException ex) {
			cause.addSuppressed(ex);
			log.warn("Could not drop upload {}, whose commit was refused after its bytes were completed", upload.id(), ex);
		}
	}

	/**
	 * Drops an upload and everything stored for it, under its row lock (see {@link #commit}): its parts, and
	 * the object if a commit completed it but never recorded it (while the upload exists, no version points at
	 * its key). The store goes before the rows commit: if it fails, the upload is still listed and can be
	 * cancelled again.
	 * @throws ProblemException {@code upload-gone} if it was committed or cancelled in the meantime
	 */
	void cancel(Upload upload) {
		boolean dropped = Boolean.TRUE.equals(tx.execute(status -> {
			if (!drop(upload)) {
				return false;
			}
			store.abort(upload.blobKey(), upload.writeId());
			store.delete(upload.blobKey());
			return true;
		}));
		if (!dropped) {
			throw uploadGone();
		}
	}

	/** In a transaction: the upload's rows, if it is still there. */
	private boolean drop(Upload upload) {
		if (uploads.lock(upload.id()).isEmpty()) {
			return false;
		}
		uploads.deleteChunks(upload.id());
		return uploads.delete(upload.id());
	}

	/** Drops uploads nobody has added to for {@code abandonAfter}: their owners closed the page for good. */
	int dropAbandoned() {
		int dropped = 0;
		for (Upload stale : uploads.untouchedSince(clock.instant().minus(settings.abandonAfter()))) {
			try {
				cancel(stale);
				dropped++;
			}
			catch (ProblemException ex) {
				// Committed or cancelled since it was listed.
			}
			catch (RuntimeException ex) {
				// The store or the database failing for one upload (a lock held by a long commit) stops no other.
				log.warn("Could not drop abandoned upload {}; the next run tries again", stale.id(), ex);
			}
		}
		return dropped;
	}

	private static DocumentStreamStructure shapeOf(byte[] header, long size) {
		try {
			if (header.length != 40) {
				throw new InvalidStructureException("the stream header has 40 bytes");
			}
			return DocumentStreamStructure.check(header[0] & 0xff, size);
		}
		catch (InvalidStructureException ex) {
			throw ProblemException.badRequest("not-a-document-stream",
					"The declared size and header are not those of an encrypted document: " + ex.getMessage() + ".");
		}
	}

	private static void requireWhole(ChunkInput in, int number, long expected) throws IOException {
		if (in.endedEarly()) {
			throw chunkTooShort(number, expected, in.count());
		}
		if (in.hasMore()) {
			throw ProblemException.badRequest("chunk-size",
					"Chunk " + number + " is longer than " + expected + " bytes, its size in this document.");
		}
	}

	/** Bytes in the decimal units the browser shows sizes in ("10.7 GB"), so the two never disagree. */
	static String readable(long bytes) {
		if (bytes < 1000) {
			return bytes + " B";
		}
		String[] units = { "kB", "MB", "GB", "TB" };
		double value = bytes / 1000.0;
		int unit = 0;
		while (value >= 1000 && unit < units.length - 1) {
			value /= 1000;
			unit++;
		}
		return (value >= 100 ? String.valueOf(Math.round(value)) : String.format(Locale.ROOT, "%.1f", value)) + " "
				+ units[unit];
	}

	private static ProblemException chunkTooShort(int number, long expected, long received) {
		return ProblemException.badRequest("chunk-size",
				"Chunk " + number + " ended after " + received + " of its " + expected + " bytes. Send it again.");
	}

	private static ProblemException uploadGone() {
		return ProblemException.conflict("upload-gone", "This upload was committed or cancelled in the meantime.");
	}

	static ProblemException storageUnavailable() {
		return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "storage-unavailable",
				"The document store is not available right now. Try again in a moment; nothing was lost.");
	}

}
