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

/** Uploads in progress ({@code document_upload}) and the chunks of uploads and versions ({@code document_chunk}). */
@Repository
class UploadRepository {

	private final JdbcClient jdbc;

	UploadRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Upload u) {
		jdbc.sql("""
				insert into document_upload (id, case_id, document_id, account_id, category, content_type,
				  ciphertext_size, plaintext_size, chunk_size, header, metadata_sealed, key_sealed, generation, blob_key,
				  write_id, created_at, touched_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(u.id(), u.caseId(), u.documentId(), u.accountId(), u.category().name(), u.contentType(),
					u.ciphertextSize(), u.plaintextSize(), u.chunkSize(), u.header(), u.metadataSealed(), u.keySealed(),
					u.generation(), u.blobKey(), u.writeId(), utc(u.createdAt()), utc(u.touchedAt()))
			.update();
	}

	/** The upload if it is this person's, on this case. */
	Optional<Upload> find(UUID caseId, UUID id, UUID accountId) {
		return jdbc.sql("select * from document_upload where id = ? and case_id = ? and account_id = ?")
			.params(id, caseId, accountId)
			.query(this::map)
			.optional();
	}

	/** Locks the upload's row until the transaction ends, so chunks are recorded one at a time. */
	Optional<Upload> lock(UUID id) {
		return jdbc.sql("select * from document_upload where id = ? for update").param(id).query(this::map).optional();
	}

	List<Upload> mine(UUID caseId, UUID accountId) {
		return jdbc.sql("select * from document_upload where case_id = ? and account_id = ? order by created_at")
			.params(caseId, accountId)
			.query(this::map)
			.list();
	}

	List<Upload> untouchedSince(Instant before) {
		return jdbc.sql("select * from document_upload where touched_at < ?").param(utc(before)).query(this::map).list();
	}

	boolean idTaken(UUID id) {
		return jdbc.sql("""
				select (select count(*) from document_upload where id = :id)
				     + (select count(*) from document_version where id = :id)""")
			.param("id", id)
			.query(Integer.class)
			.single() > 0;
	}

	void touch(UUID id, Instant at) {
		jdbc.sql("update document_upload set touched_at = ? where id = ?").params(utc(at), id).update();
	}

	/** @return whether this call removed it (false: another request committed or cancelled it first) */
	boolean delete(UUID id) {
		return jdbc.sql("delete from document_upload where id = ?").param(id).update() == 1;
	}

	List<StoredChunk> chunks(UUID blobId) {
		return jdbc.sql("select number, size, sha256, tag from document_chunk where blob_id = ? order by number")
			.param(blobId)
			.query((rs, row) -> new StoredChunk(rs.getInt("number"), rs.getInt("size"), rs.getBytes("sha256"),
					rs.getString("tag")))
			.list();
	}

	Optional<StoredChunk> chunk(UUID blobId, int number) {
		return jdbc.sql("select number, size, sha256, tag from document_chunk where blob_id = ? and number = ?")
			.params(blobId, number)
			.query((rs, row) -> new StoredChunk(rs.getInt("number"), rs.getInt("size"), rs.getBytes("sha256"),
					rs.getString("tag")))
			.optional();
	}

	/** Which chunks of an upload are stored: two short index lookups, however many chunks it has. */
	ReceivedChunks received(UUID uploadId) {
		int count = jdbc.sql("select count(*) from document_chunk where blob_id = ?")
			.param(uploadId)
			.query(Integer.class)
			.single();
		int from = ReceivedChunks.lowestUnknown(count);
		List<Integer> stored = jdbc.sql("select number from document_chunk where blob_id = ? and number >= ? order by number")
			.params(uploadId, from)
			.query(Integer.class)
			.list();
		return ReceivedChunks.of(from, stored);
	}

	void insertChunk(UUID blobId, StoredChunk c) {
		jdbc.sql("insert into document_chunk (blob_id, number, size, sha256, tag) values (?, ?, ?, ?, ?)")
			.params(blobId, c.number(), c.size(), c.sha256(), c.tag())
			.update();
	}

	void deleteChunks(UUID blobId) {
		jdbc.sql("delete from document_chunk where blob_id = ?").param(blobId).update();
	}

	private Upload map(ResultSet rs, int row) throws SQLException {
		return new Upload(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getObject("document_id", UUID.class), rs.getObject("account_id", UUID.class),
				DocumentCategory.valueOf(rs.getString("category")), rs.getString("content_type"),
				rs.getLong("ciphertext_size"), rs.getLong("plaintext_size"), rs.getInt("chunk_size"),
				rs.getBytes("header"), rs.getBytes("metadata_sealed"), rs.getBytes("key_sealed"),
				rs.getInt("generation"), rs.getString("blob_key"), rs.getString("write_id"),
				instant(rs, "created_at"), instant(rs, "touched_at"));
	}

}
