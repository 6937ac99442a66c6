package app.consilium.documents;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import app.consilium.documents.storage.BlobStoreException;

/**
 * A blob store that fails where the documents code did not expect it (starting an upload, cancelling one,
 * opening a download) answers 503, as the chunk and commit paths do, rather than a 500 that reads as our bug.
 */
@RestControllerAdvice(basePackageClasses = StorageProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class StorageProblems {

	private static final Logger log = LoggerFactory.getLogger(StorageProblems.class);

	@ExceptionHandler(BlobStoreException.class)
	ResponseEntity<ProblemDetail> unavailable(BlobStoreException ex) {
		log.error("The blob store failed", ex);
		var problem = Uploads.storageUnavailable();
		return ResponseEntity.status(problem.status()).body(problem.toProblemDetail());
	}

}
