package app.consilium.documents.storage;

import java.net.URI;
import java.nio.file.Path;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where blobs go ({@code consilium.blobs.*}). Checked at start-up, so a node with a half-configured store
 * refuses to start instead of failing on the first upload.
 * @param store which implementation
 * @param folder the folder store's root
 * @param s3 the S3 store's settings, used only when {@code store} is {@code s3}
 */
@ConfigurationProperties("consilium.blobs")
@Validated
record BlobStoreProperties(@NotNull @DefaultValue("folder") Store store, Path folder, @Valid @DefaultValue S3 s3) {

	enum Store {

		FOLDER, S3

	}

	@AssertTrue(message = "consilium.blobs.folder is required for the folder store")
	boolean isFolderGivenWhenUsed() {
		return store != Store.FOLDER || folder != null;
	}

	@AssertTrue(message = "consilium.blobs.s3.bucket is required for the S3 store, and the access key and secret key "
			+ "go together")
	boolean isS3CompleteWhenUsed() {
		return store != Store.S3 || (s3.bucket() != null && (s3.accessKey() == null) == (s3.secretKey() == null));
	}

	/**
	 * An S3-compatible object store.
	 * @param endpoint the service's URL; none for AWS itself, which the region then locates
	 * @param region the signing region (most S3-compatible servers accept any)
	 * @param bucket an existing bucket: the store never creates one, since that needs more rights than it should
	 * have
	 * @param accessKey with {@code secretKey}, static credentials; without both, the SDK's default chain (its
	 * environment variables, an instance or container role)
	 * @param secretKey never logged: {@link #toString()} leaves it out
	 * @param pathStyle {@code http://host/bucket/key} instead of {@code http://bucket.host/key}, which most
	 * S3-compatible servers need
	 * @param maxConnections connections to the store at once: a download holds one for as long as the browser
	 * takes to receive it, a chunk being stored one while it streams, so slow downloads must not starve uploads
	 */
	record S3(URI endpoint, @NotBlank @DefaultValue("us-east-1") String region, String bucket, String accessKey,
			String secretKey, @DefaultValue("true") boolean pathStyle, @Positive @DefaultValue("200") int maxConnections) {

		/** An unset environment variable arrives as an empty string: it means "not given". */
		S3 {
			endpoint = (endpoint == null || endpoint.toString().isBlank()) ? null : endpoint;
			bucket = given(bucket);
			accessKey = given(accessKey);
			secretKey = given(secretKey);
		}

		private static String given(String value) {
			return (value == null || value.isBlank()) ? null : value;
		}

		/** {@code localhost:9000} would parse as the scheme "localhost": a URL is asked for. */
		@AssertTrue(message = "consilium.blobs.s3.endpoint must be an http:// or https:// URL")
		boolean isEndpointAUrl() {
			return endpoint == null || (("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme()))
					&& endpoint.getHost() != null);
		}

		@Override
		public String toString() {
			return "S3[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", accessKey=" + accessKey
					+ ", secretKey=" + (secretKey == null ? null : "(hidden)") + ", pathStyle=" + pathStyle
					+ ", maxConnections=" + maxConnections + "]";
		}

	}

}
