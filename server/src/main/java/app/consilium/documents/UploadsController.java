package app.consilium.documents;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import app.consilium.cases.CaseAccess;
import app.consilium.crypto.Base64Url;
import app.consilium.crypto.InvalidStructureException;
import app.consilium.identity.SignedInAccount;
import app.consilium.keys.CaseKeyDirectory;
import app.consilium.keys.SealedContent;
import app.consilium.platform.FieldProblem;
import app.consilium.platform.ProblemException;

/**
 * The upload protocol (docs/api/documents.md): declare, send chunks in order (a few at a time), commit; list one's own
 * unfinished uploads of a case to resume them; cancel. Only the person who started an upload sees it.
 */
@RestController
class UploadsController {

	/** A sealed name and description: 4 KiB of text, sealed and base64url-encoded, with room to spare. */
	private static final int MAX_ENCODED_METADATA = 8 * 1024;

	private static final int MAX_ENCODED_KEY = 256;

	private final Uploads uploads;

	private final UploadRepository repository;

	private final CaseAccess access;

	private final CaseKeyDirectory keys;

	private final DocumentViews views;

	UploadsController(Uploads uploads, UploadRepository repository, CaseAccess access, CaseKeyDirectory keys,
			DocumentViews views) {
		this.uploads = uploads;
		this.views = views;
		this.repository = repository;
		this.access = access;
		this.keys = keys;
	}

	record NewUpload(@NotNull UUID id, UUID documentId, @NotNull DocumentCategory category,
			@NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9.+-]*/[a-z0-9][a-z0-9.+-]*",
					message = "must be a media type such as application/pdf") String contentType,
			@NotNull @Positive Long size, @NotBlank @Size(max = 64) String header,
			@NotBlank @Size(max = MAX_ENCODED_METADATA) String metadata, @NotBlank @Size(max = MAX_ENCODED_KEY) String key) {
	}

	record UploadView(UUID id, UUID documentId, DocumentCategory category, String contentType, long size,
			long plaintextSize, int chunkSize, int chunks, int received, int window, String header, String metadata,
			String key, Instant createdAt) {

		static UploadView of(Upload u, int received) {
			return new UploadView(u.id(), u.documentId(), u.category(), u.contentType(), u.ciphertextSize(),
					u.plaintextSize(), u.chunkSize(), u.chunkCount(), received, ReceivedChunks.WINDOW,
					Base64Url.encode(u.header()),
					Base64Url.encode(u.metadataSealed()), Base64Url.encode(u.keySealed()), u.createdAt());
		}

	}

	record Progress(int received, int chunks) {
	}

	@PostMapping("/api/cases/{caseId}/uploads")
	ResponseEntity<UploadView> begin(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId,
			@Valid @RequestBody NewUpload request) {
		access.requireMember(caseId, me);
		requireOpen(caseId);
		SealedContent metadata = keys.requireSealed(caseId, "metadata", request.metadata());
		SealedContent key = keys.requireSealed(caseId, "key", request.key());
		byte[] header;
		try {
			header = Base64Url.decode(request.header());
		}
		catch (InvalidStructureException ex) {
			throw new FieldProblem("header", "Not unpadded base64url.");
		}
		Upload upload = uploads.begin(new Uploads.Declaration(request.id(), caseId, request.documentId(), me.id(),
				request.category(), request.contentType(), request.size(), header, metadata.bytes(), key.bytes(),
				key.generation()));
		return ResponseEntity.status(HttpStatus.CREATED).body(UploadView.of(upload, 0));
	}

	@GetMapping("/api/cases/{caseId}/uploads")
	List<UploadView> mine(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId) {
		access.requireMember(caseId, me);
		return repository.mine(caseId, me.id())
			.stream()
			.map(u -> UploadView.of(u, repository.received(u.id()).received()))
			.toList();
	}

	@PutMapping("/api/cases/{caseId}/uploads/{uploadId}/chunks/{number}")
	Progress chunk(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId, @PathVariable UUID uploadId,
			@PathVariable int number, @RequestHeader(name = "Content-Digest", required = false) String digest,
			HttpServletRequest request) throws IOException {
		Upload upload = find(me, caseId, uploadId);
		requireOpen(caseId);
		int received = uploads.receive(upload, number, request.getInputStream(), request.getContentLengthLong(),
				ContentDigest.sha256(digest));
		return new Progress(received, upload.chunkCount());
	}

	@PostMapping("/api/cases/{caseId}/uploads/{uploadId}/commit")
	ResponseEntity<DocumentViews.DocumentView> commit(@AuthenticationPrincipal SignedInAccount me,
			@PathVariable UUID caseId, @PathVariable UUID uploadId) {
		Upload upload = find(me, caseId, uploadId);
		requireOpen(caseId);
		UUID documentId = uploads.commit(upload);
		return ResponseEntity.status(HttpStatus.CREATED).body(views.of(caseId, documentId));
	}

	@DeleteMapping("/api/cases/{caseId}/uploads/{uploadId}")
	ResponseEntity<Void> cancel(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId,
			@PathVariable UUID uploadId) {
		uploads.cancel(find(me, caseId, uploadId));
		return ResponseEntity.noContent().build();
	}

	private Upload find(SignedInAccount me, UUID caseId, UUID uploadId) {
		access.requireMember(caseId, me);
		return repository.find(caseId, uploadId, me.id()).orElseThrow(() -> ProblemException.notFound("The upload"));
	}

	private void requireOpen(UUID caseId) {
		if (!access.isOpen(caseId)) {
			throw ProblemException.conflict("case-closed", "This case is done or archived: it takes no new documents.");
		}
	}

}
