package app.consilium.documents;

import app.consilium.documents.storage.BlobStore.StoredPart;

/** A chunk as received: number, size, its SHA-256 and the blob store's tag for it. */
record StoredChunk(int number, int size, byte[] sha256, String tag) {

	StoredPart part() {
		return new StoredPart(number, size, tag);
	}

}
