package app.consilium.documents.storage;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

class FolderBlobStoreTest extends BlobStoreContract {

	@TempDir
	Path root;

	private FolderBlobStore store;

	@BeforeEach
	void open() {
		store = new FolderBlobStore(root);
	}

	@Override
	protected BlobStore store() {
		return store;
	}

}
