import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * The "no server" baseline of the documents benchmark's S3 run (see README.md): a file uploaded straight to the
 * S3 store the server uses, as the server's S3BlobStore writes a document, so the bench can tell what the
 * server adds on top of the store. JDK 17 source launcher with the AWS SDK v2 on the class path (run.sh takes
 * the SDK's jars from the server's Maven class path, the versions the server's jar bundles):
 *
 * <pre>
 * java [-Djavax.net.ssl.trustStore=...] -cp AWS_SDK_CLASSPATH bench/documents/S3DirectUpload.java --endpoint URL
 *     --bucket B --access-key A --secret-key S --file FILE [--region us-east-1] [--part-mib 8] [--in-flight 2]
 *     [--passes 2] [--wait-for-go true]
 * </pre>
 *
 * The client is built as server/src/main/java/app/consilium/documents/storage/S3BlobStore.java builds it
 * (ApacheHttpClient, static credentials, path-style, endpoint override, checksums only when required), and a
 * pass is what the server does for one document: CreateMultipartUpload, UploadPart of every 8 MiB part of
 * FILE (the last one shorter) with {@code RequestBody.fromInputStream} of exactly the part's length, the next
 * one started when the oldest of the {@code --in-flight} parts on their way is answered (as the server gets
 * the chunks from the browser), then CompleteMultipartUpload. Each part is read from FILE as it is sent (the
 * server streams the request body it receives). The object is deleted after every pass (untimed); on a failure
 * the multipart upload is aborted.
 * <p>
 * Timing: this JVM is new for every round, so its first pass runs with the SDK, TLS and the I/O paths
 * interpreted and still being compiled, while the server it is compared with is warmed up. Hence
 * {@code --passes} (default 2): every pass but the last warms the JVM up and is not counted; only the last one
 * is. Its time excludes the JVM's start-up and the deletion.
 * <p>
 * Output on stdout, one line each, for DocumentBench: {@code pass=<n> nanos=<t> ...} per pass; with
 * {@code --wait-for-go true}, {@code ready} before the last pass, which starts when a line {@code go} is read
 * from stdin (the caller syncs the disk and takes S3Proxy's CPU and RSS figures in between); last,
 * {@code nanos=<t> bytes=<n> cpu=<seconds of this JVM's CPU in the last pass>}.
 */
public final class S3DirectUpload {

	@SuppressWarnings("deprecation") // ApacheHttpClient (SDK 2.57 suggests Apache 5): the client the server uses
	public static void main(String[] argv) throws Exception {
		Map<String, String> a = new HashMap<>();
		for (int i = 0; i + 1 < argv.length; i += 2) {
			if (!argv[i].startsWith("--")) {
				throw new IllegalArgumentException("usage: --name value ...; got " + argv[i]);
			}
			a.put(argv[i].substring(2), argv[i + 1]);
		}
		Path file = Path.of(required(a, "file"));
		String bucket = required(a, "bucket");
		int partSize = Integer.parseInt(a.getOrDefault("part-mib", "8")) * 1024 * 1024;
		int inFlight = Integer.parseInt(a.getOrDefault("in-flight", "2"));
		int passes = Integer.parseInt(a.getOrDefault("passes", "2"));
		boolean waitForGo = Boolean.parseBoolean(a.getOrDefault("wait-for-go", "false"));
		long size = Files.size(file);
		if (passes < 1 || inFlight < 1 || size == 0) {
			throw new IllegalArgumentException("--passes and --in-flight at least 1, and a file that is not empty");
		}
		var osBean = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

		// as S3BlobStore.client(settings)
		try (S3Client s3 = S3Client.builder()
			.httpClientBuilder(ApacheHttpClient.builder())
			.region(Region.of(a.getOrDefault("region", "us-east-1")))
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(required(a, "access-key"),
					required(a, "secret-key"))))
			.forcePathStyle(true)
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.endpointOverride(URI.create(required(a, "endpoint")))
			.build();
				FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			ExecutorService senders = Executors.newFixedThreadPool(inFlight);
			try {
				for (int pass = 1; pass <= passes; pass++) {
					if (pass == passes && waitForGo) {
						System.out.println("ready");
						System.out.flush();
						String line = stdin.readLine();
						if (!"go".equals(line)) {
							throw new IllegalStateException("expected \"go\" on stdin, got " + line);
						}
					}
					String key = "bench-direct/" + UUID.randomUUID();
					long cpu = osBean.getProcessCpuTime();
					long t = System.nanoTime();
					upload(s3, bucket, key, channel, size, partSize, inFlight, senders);
					long nanos = System.nanoTime() - t;
					double cpuSeconds = (osBean.getProcessCpuTime() - cpu) / 1e9;
					s3.deleteObject(b -> b.bucket(bucket).key(key));
					System.out.printf(Locale.ROOT, "pass=%d nanos=%d bytes=%d cpu=%.2f %.1f MB/s in %.2f s%s%n", pass, nanos,
							size, cpuSeconds, size / (nanos / 1e9) / 1e6, nanos / 1e9, pass < passes ? " (warm-up, not counted)" : "");
					if (pass == passes) {
						System.out.printf(Locale.ROOT, "nanos=%d bytes=%d cpu=%.2f%n", nanos, size, cpuSeconds);
					}
					System.out.flush();
				}
			}
			finally {
				senders.shutdownNow();
			}
		}
	}

	/** One document as the server writes it: create, every part with inFlight on their way, complete. */
	static void upload(S3Client s3, String bucket, String key, FileChannel file, long size, int partSize, int inFlight,
			ExecutorService senders) throws Exception {
		String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(key)).uploadId();
		boolean completed = false;
		try {
			int parts = (int) ((size + partSize - 1) / partSize);
			String[] etags = new String[parts];
			ArrayDeque<Future<?>> pending = new ArrayDeque<>();
			try {
				for (int part = 0; part < parts; part++) {
					if (pending.size() == inFlight) {
						pending.removeFirst().get();
					}
					int n = part;
					long offset = (long) n * partSize;
					long length = Math.min(partSize, size - offset);
					pending.addLast(senders.submit(() -> {
						// as S3BlobStore.putPart: part n is S3 part n + 1, a stream of exactly its length
						InputStream in = new FilePart(file, offset, length);
						etags[n] = s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(n + 1)
							.contentLength(length), RequestBody.fromInputStream(in, length)).eTag();
						return null;
					}));
				}
				while (!pending.isEmpty()) {
					pending.removeFirst().get();
				}
			}
			finally {
				for (Future<?> f : pending) {
					f.cancel(true);
				}
			}
			List<CompletedPart> done = new ArrayList<>(parts);
			for (int n = 0; n < parts; n++) {
				done.add(CompletedPart.builder().partNumber(n + 1).eTag(etags[n]).build());
			}
			s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId)
				.multipartUpload(upload -> upload.parts(done)));
			completed = true;
		}
		finally {
			if (!completed) {
				try {
					s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
				}
				catch (RuntimeException ex) {
					System.err.println("could not abort the multipart upload of " + key + ": " + ex);
				}
			}
		}
	}

	/** Exactly LENGTH bytes of the file from OFFSET, read as they are asked for (positional reads). */
	static final class FilePart extends InputStream {

		final InputStream in;

		long remaining;

		FilePart(FileChannel file, long offset, long length) {
			this.remaining = length;
			this.in = Channels.newInputStream(new PositionalChannel(file, offset));
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (remaining <= 0) {
				return -1;
			}
			int read = in.read(b, off, (int) Math.min(len, remaining));
			if (read < 0) {
				throw new IllegalStateException("the file ended " + remaining + " bytes early");
			}
			remaining -= read;
			return read;
		}

	}

	/** A read-only view of a shared FileChannel from a position on, with positional reads (thread-safe). */
	static final class PositionalChannel implements java.nio.channels.ReadableByteChannel {

		final FileChannel file;

		long position;

		PositionalChannel(FileChannel file, long position) {
			this.file = file;
			this.position = position;
		}

		@Override
		public int read(java.nio.ByteBuffer into) throws IOException {
			int n = file.read(into, position);
			if (n > 0) {
				position += n;
			}
			return n;
		}

		@Override
		public boolean isOpen() {
			return file.isOpen();
		}

		@Override
		public void close() {
			// the file stays open for the other parts
		}

	}

	static String required(Map<String, String> a, String name) {
		String value = a.get(name);
		if (value == null) {
			throw new IllegalArgumentException("--" + name + " is missing");
		}
		return value;
	}

}
