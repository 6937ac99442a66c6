package app.consilium.documents.storage;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The blob store the application uses: the local folder on the embedded defaults. */
@Configuration(proxyBeanMethods = false)
class BlobStoreConfiguration {

	@Bean
	BlobStore blobStore(@Value("${consilium.blobs.folder:${consilium.data-dir}/blobs}") Path folder) {
		return new FolderBlobStore(folder);
	}

}
