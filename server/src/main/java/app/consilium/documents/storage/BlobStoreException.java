package app.consilium.documents.storage;

/** The blob store could not do what was asked; the message names the key, never content. */
public class BlobStoreException extends RuntimeException {

	public BlobStoreException(String message) {
		super(message);
	}

	public BlobStoreException(String message, Throwable cause) {
		super(message, cause);
	}

}
