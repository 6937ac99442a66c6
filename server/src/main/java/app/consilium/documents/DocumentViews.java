package app.consilium.documents;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import app.consilium.crypto.Base64Url;
import app.consilium.identity.AccountDirectory;
import app.consilium.platform.ProblemException;

/** Documents as the API shows them: plaintext facts, people's names, and the sealed name and key. */
@Component
class DocumentViews {

	private final DocumentRepository documents;

	private final AccountDirectory accounts;

	DocumentViews(DocumentRepository documents, AccountDirectory accounts) {
		this.documents = documents;
		this.accounts = accounts;
	}

	record DocumentView(UUID id, DocumentCategory category, int version, UUID createdBy, Instant createdAt,
			Instant updatedAt, Instant deletedAt, int versions, VersionView current) {
	}

	record VersionView(UUID id, int number, String contentType, long size, long ciphertextSize, UUID uploadedBy,
			String uploadedByName, Instant uploadedAt, String metadata, String key) {
	}

	DocumentView of(UUID caseId, UUID documentId) {
		Document d = documents.find(caseId, documentId).orElseThrow(() -> ProblemException.notFound("The document"));
		return of(List.of(d)).get(0);
	}

	/** Views of many documents, with all the names they need looked up at once. */
	List<DocumentView> of(List<Document> list) {
		Set<UUID> people = new HashSet<>();
		list.forEach(d -> people.add(d.current().uploadedBy()));
		Map<UUID, String> names = accounts.names(people);
		return list.stream()
			.map(d -> new DocumentView(d.id(), d.category(), d.version(), d.createdBy(), d.createdAt(), d.updatedAt(),
					d.deletedAt(), d.versions(), version(d.current(), names)))
			.toList();
	}

	List<VersionView> versions(List<DocumentVersion> list) {
		Set<UUID> people = new HashSet<>();
		list.forEach(v -> people.add(v.uploadedBy()));
		Map<UUID, String> names = accounts.names(people);
		return list.stream().map(v -> version(v, names)).toList();
	}

	private static VersionView version(DocumentVersion v, Map<UUID, String> names) {
		return new VersionView(v.id(), v.number(), v.contentType(), v.plaintextSize(), v.ciphertextSize(), v.uploadedBy(),
				names.getOrDefault(v.uploadedBy(), ""), v.uploadedAt(), Base64Url.encode(v.metadataSealed()),
				Base64Url.encode(v.keySealed()));
	}

}
