package app.consilium.documents;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import app.consilium.documents.storage.BlobStore;

/**
 * Hourly, on one node: drops abandoned uploads, and removes for good the documents deleted longer ago
 * than they may be restored (their bytes first, then their rows, so nothing is left pointing nowhere).
 */
@Configuration(proxyBeanMethods = false)
class DocumentHousekeeping {

	private static final Logger log = LoggerFactory.getLogger(DocumentHousekeeping.class);

	@Bean
	RecurringTask<Void> documentCleanUp(Uploads uploads, DocumentRepository documents, UploadRepository chunks,
			BlobStore store, DocumentSettings settings, TransactionTemplate tx, Clock clock) {
		return Tasks.recurring("document-housekeeping", FixedDelay.of(Duration.ofHours(1))).execute((instance, context) -> {
			int dropped = uploads.dropAbandoned();
			int purged = 0;
			for (var id : documents.deletedBefore(clock.instant().minus(settings.keepDeleted()))) {
				for (DocumentVersion v : documents.versions(id)) {
					store.delete(v.blobKey());
				}
				tx.executeWithoutResult(status -> {
					documents.versions(id).forEach(v -> chunks.deleteChunks(v.id()));
					documents.remove(id);
				});
				purged++;
			}
			if (dropped + purged > 0) {
				log.info("Dropped {} abandoned uploads and removed {} documents deleted over {} days ago", dropped, purged,
						settings.keepDeleted().toDays());
			}
		});
	}

}
