package app.consilium.documents.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;

/**
 * Blobs in an S3-compatible object store, written as multipart uploads: S3 itself makes an upload readable
 * all at once when it completes, and refuses to complete it with a part whose ETag is not the current one.
 * Part {@code n} of a write is S3 part {@code n + 1} (S3 numbers from 1), so every part but the last must be at
 * least 5 MiB.
 * <p>
 * Bodies stream in both directions: a part goes out as it is read from the caller's stream, a read hands the
 * response stream to the caller. The client computes checksums only where S3 requires them: the default
 * trailing CRC with chunked encoding is refused by several S3-compatible servers, and the ciphertext is
 * authenticated when it is decrypted anyway.
 */
public class S3BlobStore implements BlobStore, AutoCloseable {

	private final S3Client s3;

	private final String bucket;

	/** Reaches the bucket before anything else: a wrong endpoint, bucket or key stops the node from starting. */
	S3BlobStore(BlobStoreProperties.S3 settings) {
		this.s3 = client(settings);
		this.bucket = settings.bucket();
		try {
			s3.headBucket(b -> b.bucket(bucket));
		}
		catch (SdkException ex) {
			s3.close();
			throw new BlobStoreException("Cannot reach the S3 bucket " + bucket + " at "
					+ (settings.endpoint() == null ? "AWS, region " + settings.region() : settings.endpoint())
					+ " (check consilium.blobs.s3.*): " + ex.getMessage(), ex);
		}
	}

	private static S3Client client(BlobStoreProperties.S3 settings) {
		S3ClientBuilder builder = S3Client.builder()
			.httpClientBuilder(ApacheHttpClient.builder().maxConnections(settings.maxConnections()))
			.region(Region.of(settings.region()))
			.credentialsProvider(credentials(settings))
			.forcePathStyle(settings.pathStyle())
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
		if (settings.endpoint() != null) {
			builder.endpointOverride(settings.endpoint());
		}
		return builder.build();
	}

	private static AwsCredentialsProvider credentials(BlobStoreProperties.S3 settings) {
		if (settings.accessKey() == null) {
			return DefaultCredentialsProvider.builder().build();
		}
		return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
	}

	@Override
	public String begin(String key) {
		try {
			return s3.createMultipartUpload(b -> b.bucket(bucket).key(key)).uploadId();
		}
		catch (SdkException ex) {
			throw new BlobStoreException("Cannot start writing " + key, ex);
		}
	}

	@Override
	public StoredPart putPart(String key, String writeId, int number, InputStream in, long length) {
		try {
			String etag = s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(writeId).partNumber(number + 1)
				.contentLength(length), RequestBody.fromInputStream(new ExactLength(in, length, key), length)).eTag();
			return new StoredPart(number, length, etag);
		}
		catch (SdkException | IllegalStateException ex) {
			// IllegalStateException: the SDK retried a failed attempt, which would need the streamed body again.
			throw new BlobStoreException("Cannot store part " + number + " of " + key, ex);
		}
	}

	@Override
	public void complete(String key, String writeId, List<StoredPart> parts) {
		for (int i = 0; i < parts.size(); i++) {
			if (parts.get(i).number() != i) {
				throw new BlobStoreException("Part " + i + " of " + key + " is missing");
			}
		}
		List<CompletedPart> completed = parts.stream()
			.map(part -> CompletedPart.builder().partNumber(part.number() + 1).eTag(part.tag()).build())
			.toList();
		try {
			s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(writeId)
				.multipartUpload(upload -> upload.parts(completed)));
		}
		catch (NoSuchUploadException ex) {
			// Completed already, or aborted. The key names one upload's object only, so its size tells.
			if (!completedAs(key, parts)) {
				throw new BlobStoreException("Cannot complete " + key + ": the write is gone", ex);
			}
		}
		catch (SdkException ex) {
			throw new BlobStoreException("Cannot complete " + key + ": a part is missing or was replaced", ex);
		}
	}

	private boolean completedAs(String key, List<StoredPart> parts) {
		try {
			long size = s3.headObject(b -> b.bucket(bucket).key(key)).contentLength();
			return size == parts.stream().mapToLong(StoredPart::size).sum();
		}
		catch (NoSuchKeyException ex) {
			return false;
		}
		catch (SdkException ex) {
			throw new BlobStoreException("Cannot read " + key, ex);
		}
	}

	@Override
	public void abort(String key, String writeId) {
		try {
			s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(writeId));
		}
		catch (NoSuchUploadException ex) {
			// Already aborted or completed: nothing is left to drop.
		}
		catch (SdkException ex) {
			throw new BlobStoreException("Cannot abort the write of " + key, ex);
		}
	}

	/**
	 * One ranged GET. S3 answers a range that starts inside the object but ends beyond it with the bytes that
	 * exist, so the object's size in {@code Content-Range} tells whether the whole range was there (a server
	 * that ignored the range and sent everything sends none, and is refused too).
	 */
	@Override
	public InputStream read(String key, long offset, long length) {
		if (offset < 0 || length < 0) {
			throw new BlobStoreException("Range " + offset + "+" + length + " lies outside " + key);
		}
		if (length == 0) {
			return emptyRangeOf(key, offset);
		}
		ResponseInputStream<GetObjectResponse> body;
		try {
			body = s3.getObject(b -> b.bucket(bucket).key(key).range("bytes=" + offset + "-" + (offset + length - 1)));
		}
		catch (SdkException ex) {
			throw new BlobStoreException("Cannot read " + key + " (absent, or the range lies outside it)", ex);
		}
		String range = body.response().contentRange();
		if (range == null || offset + length > objectSize(range)) {
			body.abort();
			throw new BlobStoreException("Range " + offset + "+" + length + " lies outside " + key);
		}
		return new RangeStream(body, length);
	}

	/** No bytes, from an offset within the object or at its end: S3 has no empty range, the size tells. */
	private InputStream emptyRangeOf(String key, long offset) {
		long size;
		try {
			size = s3.headObject(b -> b.bucket(bucket).key(key)).contentLength();
		}
		catch (SdkException ex) {
			throw new BlobStoreException("Cannot read " + key, ex);
		}
		if (offset > size) {
			throw new BlobStoreException("Range " + offset + "+0 lies outside " + key);
		}
		return InputStream.nullInputStream();
	}

	/** The total in {@code Content-Range: bytes a-b/total}; -1 when it is not a number ({@code *}: unknown). */
	private static long objectSize(String range) {
		try {
			return Long.parseLong(range.substring(range.lastIndexOf('/') + 1));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	@Override
	public void delete(String key) {
		try {
			s3.deleteObject(b -> b.bucket(bucket).key(key));
		}
		catch (SdkException ex) {
			throw new BlobStoreException("Cannot delete " + key, ex);
		}
	}

	@Override
	public void close() {
		s3.close();
	}

	/**
	 * Exactly {@code length} bytes of a stream: ending early is an error rather than an end of stream, so the
	 * HTTP client abandons the request instead of sending a short body the server would wait on or accept. The
	 * error is unchecked, so the SDK does not retry what cannot succeed.
	 */
	private static final class ExactLength extends InputStream {

		private final InputStream in;

		private long remaining;

		private final String key;

		ExactLength(InputStream in, long length, String key) {
			this.in = in;
			this.remaining = length;
			this.key = key;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return (read(one, 0, 1) < 0) ? -1 : (one[0] & 0xff);
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (remaining <= 0) {
				return -1;
			}
			int read = in.read(b, off, (int) Math.min(len, remaining));
			if (read < 0) {
				throw new BlobStoreException("The part of " + key + " ended " + remaining + " bytes early");
			}
			remaining -= read;
			return read;
		}

		@Override
		public void close() throws IOException {
			in.close();
		}

	}

	/**
	 * A GET's body that drops its connection when closed before the end. With the Apache client, closing the
	 * SDK's stream reads the rest of the body first to reuse the connection (aws-sdk-java-v2#2117): a download
	 * the browser gave up on, or one stopped at a damaged chunk, would go on pulling up to 10 GiB from S3.
	 */
	private static final class RangeStream extends FilterInputStream {

		private final ResponseInputStream<GetObjectResponse> body;

		private long remaining;

		RangeStream(ResponseInputStream<GetObjectResponse> body, long length) {
			super(body);
			this.body = body;
			this.remaining = length;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				remaining--;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				remaining -= n;
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = in.skip(n);
			remaining -= skipped;
			return skipped;
		}

		@Override
		public boolean markSupported() {
			return false;
		}

		@Override
		public void close() throws IOException {
			if (remaining > 0) {
				body.abort();
			}
			else {
				body.close();
			}
		}

	}

}
