package app.consilium.documents;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.consilium.cases.CaseAccess;
import app.consilium.cases.CaseActivity;
import app.consilium.identity.SignedInAccount;
import app.consilium.platform.ProblemException;
import app.consilium.platform.Versions;

/**
 * Listing, reading and deleting the documents of a case. Every member of the case reads them; the person
 * who uploaded a document may delete it, and restore it for {@code consilium.documents.keep-deleted}.
 */
@RestController
class DocumentsController {

	private final DocumentRepository documents;

	private final DocumentViews views;

	private final DocumentContent content;

	private final CaseAccess access;

	private final CaseActivity activity;

	private final DocumentSettings settings;

	private final Clock clock;

	DocumentsController(DocumentRepository documents, DocumentViews views, DocumentContent content, CaseAccess access,
			CaseActivity activity, DocumentSettings settings, Clock clock) {
		this.documents = documents;
		this.views = views;
		this.content = content;
		this.access = access;
		this.activity = activity;
		this.settings = settings;
		this.clock = clock;
	}

	record Limits(long maxSize, long previewLimit, int chunkSize, long keepDeletedDays) {
	}

	@GetMapping("/api/documents/limits")
	Limits limits() {
		return new Limits(settings.maxSize().toBytes(), settings.previewLimit().toBytes(), DocumentSettings.CHUNK_SIZE,
				settings.keepDeleted().toDays());
	}

	/** The case's documents, or with {@code deleted=true} the ones this person deleted and may restore. */
	@GetMapping("/api/cases/{caseId}/documents")
	List<DocumentViews.DocumentView> list(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId,
			@RequestParam(defaultValue = "false") boolean deleted) {
		access.requireMember(caseId, me);
		List<Document> list = documents.of(caseId, deleted);
		if (deleted) {
			Instant since = restorableSince();
			list = list.stream().filter(d -> restorableBy(me, d, since)).toList();
		}
		return views.of(list);
	}

	@GetMapping("/api/cases/{caseId}/documents/{documentId}")
	ResponseEntity<DocumentViews.DocumentView> one(@AuthenticationPrincipal SignedInAccount me,
			@PathVariable UUID caseId, @PathVariable UUID documentId) {
		Document d = visible(me, caseId, documentId);
		return ResponseEntity.ok().eTag(Versions.etag(d.version())).body(views.of(List.of(d)).get(0));
	}

	@GetMapping("/api/cases/{caseId}/documents/{documentId}/versions")
	List<DocumentViews.VersionView> versions(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId,
			@PathVariable UUID documentId) {
		visible(me, caseId, documentId);
		return views.versions(documents.versions(documentId));
	}

	/** The ciphertext of one version, streamed; the browser decrypts it. */
	@GetMapping("/api/cases/{caseId}/documents/{documentId}/versions/{versionId}/content")
	void content(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId, @PathVariable UUID documentId,
			@PathVariable UUID versionId, HttpServletResponse response) throws IOException {
		visible(me, caseId, documentId);
		DocumentVersion version = documents.version(documentId, versionId)
			.orElseThrow(() -> ProblemException.notFound("The version"));
		response.setContentType("application/octet-stream");
		response.setContentLengthLong(version.ciphertextSize());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		// A damaged chunk (already logged) ends the copy with an exception after the response is committed:
		// Tomcat then closes the connection at once, so the client sees a failed download straight away.
		// Returning normally would leave the body short of its Content-Length on an open connection, and the
		// browser would wait for the missing bytes until a timeout.
		content.copy(version, response.getOutputStream());
	}

	/**
	 * Not a problem response (the download's headers are gone already): the exception goes on to the
	 * container, which closes the connection mid-body. The chunk was logged where it was found.
	 */
	@ExceptionHandler(DocumentContent.DamagedChunkException.class)
	void damaged(DocumentContent.DamagedChunkException ex) throws DocumentContent.DamagedChunkException {
		throw ex;
	}

	@DeleteMapping("/api/cases/{caseId}/documents/{documentId}")
	ResponseEntity<Void> delete(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId,
			@PathVariable UUID documentId, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
		Document d = visible(me, caseId, documentId);
		requireUploader(me, d);
		if (!documents.markDeleted(documentId, Versions.fromIfMatch(ifMatch), me.id(), clock.instant())) {
			throw ProblemException.preconditionFailed();
		}
		activity.record(caseId, me.id(), "document.deleted", d.category().name());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/cases/{caseId}/documents/{documentId}/restore")
	ResponseEntity<DocumentViews.DocumentView> restore(@AuthenticationPrincipal SignedInAccount me,
			@PathVariable UUID caseId, @PathVariable UUID documentId,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		access.requireMember(caseId, me);
		Instant since = restorableSince();
		Document d = restorable(me, caseId, documentId, since)
			.orElseThrow(() -> ProblemException.notFound("The deleted document"));
		if (!documents.restore(documentId, Versions.fromIfMatch(ifMatch), since, clock.instant())) {
			// Changed meanwhile, or removed for good by the hourly task that got to it first.
			throw restorable(me, caseId, documentId, since).isPresent() ? ProblemException.preconditionFailed()
					: ProblemException.notFound("The deleted document");
		}
		activity.record(caseId, me.id(), "document.restored", d.category().name());
		DocumentViews.DocumentView view = views.of(caseId, documentId);
		return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
	}

	private Instant restorableSince() {
		return settings.restorableSince(clock.instant());
	}

	private Optional<Document> restorable(SignedInAccount me, UUID caseId, UUID documentId, Instant since) {
		return documents.find(caseId, documentId).filter(d -> restorableBy(me, d, since));
	}

	private static boolean restorableBy(SignedInAccount me, Document d, Instant since) {
		return d.deleted() && me.id().equals(d.deletedBy()) && !d.deletedAt().isBefore(since);
	}

	/** A document of the case that is not deleted; 404 for everything else, as for the case itself. */
	private Document visible(SignedInAccount me, UUID caseId, UUID documentId) {
		access.requireMember(caseId, me);
		return documents.find(caseId, documentId)
			.filter(d -> !d.deleted())
			.orElseThrow(() -> ProblemException.notFound("The document"));
	}

	private static void requireUploader(SignedInAccount me, Document d) {
		if (!d.createdBy().equals(me.id())) {
			throw ProblemException.forbidden("not-the-uploader", "Only the person who uploaded a document can delete it.");
		}
	}

}
