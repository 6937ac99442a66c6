package app.consilium.documents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import app.consilium.documents.storage.BlobStore;

/**
 * Hourly, on one node: drops abandoned uploads, and removes for good the documents deleted longer ago
 * than they may be restored (their bytes, then their rows, so nothing is left pointing nowhere).
 */
@Component
class DocumentHousekeeping {

	private static final Logger log = LoggerFactory.getLogger(DocumentHousekeeping.class);

	private final Uploads uploads;

	private final DocumentRepository documents;

	private final UploadRepository chunks;

	private final BlobStore store;

	private final DocumentSettings settings;

	private final TransactionTemplate tx;

	private final Clock clock;

	DocumentHousekeeping(Uploads uploads, DocumentRepository documents, UploadRepository chunks, BlobStore store,
			DocumentSettings settings, TransactionTemplate tx, Clock clock) {
		this.uploads = uploads;
		this.documents = documents;
		this.chunks = chunks;
		this.store = store;
		this.settings = settings;
		this.tx = tx;
		this.clock = clock;
	}

	void run() {
		int dropped = uploads.dropAbandoned();
		int removed = removeExpiredDeletions();
		if (dropped + removed > 0) {
			log.info("Dropped {} abandoned uploads and removed {} documents deleted over {} days ago", dropped, removed,
					settings.keepDeleted().toDays());
		}
	}

	/**
	 * Removes each expired deletion in a transaction that holds the document's row lock, with the condition
	 * checked again under it: a restore waits and then finds nothing, and one past the deadline is refused anyway
	 * (see {@link DocumentRepository#restore}). The bytes go before the rows commit; if the store fails, the
	 * rows stay, the document stays deleted, and the next run tries again (deleting is idempotent).
	 * @return how many documents were removed for good
	 */
	int removeExpiredDeletions() {
		Instant before = settings.restorableSince(clock.instant());
		int removed = 0;
		for (UUID id : documents.deletedBefore(before)) {
			try {
				if (Boolean.TRUE.equals(tx.execute(status -> remove(id, before)))) {
					removed++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Could not remove deleted document {}; the next run tries again", id, ex);
			}
		}
		return removed;
	}

	private boolean remove(UUID id, Instant before) {
		if (!documents.lockDeletedBefore(id, before)) {
			return false;
		}
		var versions = documents.versions(id);
		versions.forEach(v -> store.delete(v.blobKey()));
		versions.forEach(v -> chunks.deleteChunks(v.id()));
		documents.remove(id);
		return true;
	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		RecurringTask<Void> documentCleanUp(DocumentHousekeeping housekeeping) {
			return Tasks.recurring("document-housekeeping", FixedDelay.of(Duration.ofHours(1)))
				.execute((instance, context) -> housekeeping.run());
		}

	}

}
