package app.consilium.documents.storage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link BlobStore} of a node, chosen by {@code consilium.blobs.store}: a folder by default, so the
 * embedded setup needs nothing, S3 when several nodes share the blobs. The S3 store's client is closed with the
 * context (its {@code close()} is the bean's inferred destroy method).
 */
@Configuration(proxyBeanMethods = false)
class BlobStoreConfiguration {

	@Bean
	BlobStore blobStore(BlobStoreProperties properties) {
		return switch (properties.store()) {
			case FOLDER -> new FolderBlobStore(properties.folder());
			case S3 -> new S3BlobStore(properties.s3());
		};
	}

}
