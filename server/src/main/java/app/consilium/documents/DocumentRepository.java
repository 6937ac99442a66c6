package app.consilium.documents;

import static app.consilium.platform.Sql.instant;
import static app.consilium.platform.Sql.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Documents and their versions ({@code document}, {@code document_version}). */
@Repository
class DocumentRepository {

	/** A document with its current version and how many versions it has, in one row. */
	private static final String WITH_CURRENT = """
			select d.id as d_id, d.case_id, d.category, d.created_by, d.created_at, d.updated_at, d.deleted_at,
			  d.deleted_by, d.version as d_version,
			  (select count(*) from document_version n where n.document_id = d.id) as versions, v.*
			from document d join document_version v on v.id = d.current_version_id
			""";

	private final JdbcClient jdbc;

	DocumentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertDocument(UUID id, UUID caseId, DocumentCategory category, UUID versionId, UUID by, Instant at) {
		jdbc.sql("""
				insert into document (id, case_id, category, current_version_id, created_by, created_at, updated_at,
				  version) values (?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(id, caseId, category.name(), versionId, by, utc(at), utc(at))
			.update();
	}

	void insertVersion(DocumentVersion v) {
		jdbc.sql("""
				insert into document_version (id, document_id, number, content_type, ciphertext_size, plaintext_size,
				  chunk_size, blob_key, metadata_sealed, key_sealed, generation, uploaded_by, uploaded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(v.id(), v.documentId(), v.number(), v.contentType(), v.ciphertextSize(), v.plaintextSize(),
					v.chunkSize(), v.blobKey(), v.metadataSealed(), v.keySealed(), v.generation(), v.uploadedBy(),
					utc(v.uploadedAt()))
			.update();
	}

	/** The documents of a case people see (deleted = false), or those deleted and not yet purged. */
	List<Document> of(UUID caseId, boolean deleted) {
		return jdbc.sql(WITH_CURRENT + " where d.case_id = ? and d.deleted_at is " + (deleted ? "not null" : "null")
				+ " order by d.created_at, d.id")
			.param(caseId)
			.query(this::map)
			.list();
	}

	Optional<Document> find(UUID caseId, UUID id) {
		return jdbc.sql(WITH_CURRENT + " where d.case_id = ? and d.id = ?").params(caseId, id).query(this::map).optional();
	}

	/** Locks the document's row until the transaction ends: versions are numbered one at a time. */
	void lock(UUID id) {
		jdbc.sql("select id from document where id = ? for update").param(id).query(UUID.class).optional();
	}

	int nextVersionNumber(UUID documentId) {
		return jdbc.sql("select coalesce(max(number), 0) + 1 from document_version where document_id = ?")
			.param(documentId)
			.query(Integer.class)
			.single();
	}

	List<DocumentVersion> versions(UUID documentId) {
		return jdbc.sql("select * from document_version where document_id = ? order by number desc")
			.param(documentId)
			.query((rs, row) -> version(rs))
			.list();
	}

	Optional<DocumentVersion> version(UUID documentId, UUID versionId) {
		return jdbc.sql("select * from document_version where document_id = ? and id = ?")
			.params(documentId, versionId)
			.query((rs, row) -> version(rs))
			.optional();
	}

	void makeCurrent(UUID documentId, UUID versionId, Instant at) {
		jdbc.sql("""
				update document set current_version_id = ?, updated_at = ?, version = version + 1
				where id = ?""").params(versionId, utc(at), documentId).update();
	}

	/** @return whether the document was at {@code expectedVersion} (otherwise nothing changed) */
	boolean markDeleted(UUID id, int expectedVersion, UUID by, Instant at) {
		return jdbc.sql("""
				update document set deleted_at = ?, deleted_by = ?, updated_at = ?, version = version + 1
				where id = ? and version = ? and deleted_at is null""")
			.params(utc(at), by, utc(at), id, expectedVersion)
			.update() == 1;
	}

	/** Restores a document deleted at or after {@code deletedSince}; older ones are due for removal. */
	boolean restore(UUID id, int expectedVersion, Instant deletedSince, Instant at) {
		return jdbc.sql("""
				update document set deleted_at = null, deleted_by = null, updated_at = ?, version = version + 1
				where id = ? and version = ? and deleted_at >= ?""")
			.params(utc(at), id, expectedVersion, utc(deletedSince))
			.update() == 1;
	}

	/** Locks a document deleted before {@code before}; false if there is none (restored, or removed already). */
	boolean lockDeletedBefore(UUID id, Instant before) {
		return jdbc.sql("select id from document where id = ? and deleted_at < ? for update")
			.params(id, utc(before))
			.query(UUID.class)
			.optional()
			.isPresent();
	}

	List<UUID> deletedBefore(Instant before) {
		return jdbc.sql("select id from document where deleted_at < ?").param(utc(before)).query(UUID.class).list();
	}

	void remove(UUID id) {
		jdbc.sql("delete from document where id = ?").param(id).update();
	}

	private Document map(ResultSet rs, int row) throws SQLException {
		return new Document(rs.getObject("d_id", UUID.class), rs.getObject("case_id", UUID.class),
				DocumentCategory.valueOf(rs.getString("category")), rs.getObject("created_by", UUID.class),
				instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "deleted_at"),
				rs.getObject("deleted_by", UUID.class), rs.getInt("d_version"), version(rs), rs.getInt("versions"));
	}

	private static DocumentVersion version(ResultSet rs) throws SQLException {
		return new DocumentVersion(rs.getObject("id", UUID.class), rs.getObject("document_id", UUID.class),
				rs.getInt("number"), rs.getString("content_type"), rs.getLong("ciphertext_size"),
				rs.getLong("plaintext_size"), rs.getInt("chunk_size"), rs.getString("blob_key"),
				rs.getBytes("metadata_sealed"), rs.getBytes("key_sealed"), rs.getInt("generation"),
				rs.getObject("uploaded_by", UUID.class), instant(rs, "uploaded_at"));
	}

}
