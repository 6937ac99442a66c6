import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.Constants;

/**
 * The S3 store of the documents benchmark (see README.md): S3Proxy (org.gaul:s3proxy, the server's test
 * dependency) on a free port of 127.0.0.1 with its filesystem backend in FOLDER, one empty bucket, signature
 * checks on, as server/src/test/java/app/consilium/testing/S3Server.java starts it for the tests. Runs until
 * it is killed; run.sh deletes FOLDER.
 * <p>
 * With KEYSTORE (PKCS12) and its PASSWORD, S3Proxy listens on https://127.0.0.1 only (its secure endpoint,
 * the key pair of KEYSTORE), as a production S3 endpoint would: the AWS SDK then sends UNSIGNED-PAYLOAD
 * bodies instead of the aws-chunked SigV4 frames it uses for http://. Without them, plain http://.
 *
 * <pre>
 * java -cp S3PROXY_CLASSPATH bench/documents/S3Launcher.java FOLDER PORT_FILE BUCKET ACCESS_KEY SECRET_KEY \
 *     [KEYSTORE PASSWORD]
 * </pre>
 */
public final class S3Launcher {

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]);
		Files.createDirectories(folder);
		Properties properties = new Properties();
		properties.setProperty("jclouds.filesystem.basedir", folder.toString());
		properties.setProperty(Constants.PROPERTY_IDENTITY, args[3]);
		properties.setProperty(Constants.PROPERTY_CREDENTIAL, args[4]);
		BlobStore backend = BlobStores.create("filesystem-nio2", properties);
		backend.createContainer(args[2]);
		boolean tls = args.length >= 7;
		S3Proxy.Builder builder = S3Proxy.builder()
			.blobStore(backend)
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, args[3], args[4]);
		if (tls) {
			builder.secureEndpoint(URI.create("https://127.0.0.1:0")).keyStore(args[5], args[6]);
		}
		else {
			builder.endpoint(URI.create("http://127.0.0.1:0"));
		}
		S3Proxy proxy = builder.build();
		proxy.start();
		while (!proxy.getState().equals("STARTED")) {
			Thread.sleep(50);
		}
		int port = tls ? proxy.getSecurePort() : proxy.getPort();
		Files.writeString(Path.of(args[1]), Integer.toString(port));
		System.out.println("S3Proxy on " + (tls ? "https" : "http") + "://127.0.0.1:" + port + ", bucket " + args[2]
				+ ", folder " + folder);
	}

}
