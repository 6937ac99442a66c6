import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/**
 * The plain baseline of the documents benchmark (see README.md): a minimal JDK HTTP server, no TLS, no
 * authentication, no hashing, no database, that streams a PUT body to a file in a folder and streams a file
 * back on GET. JDK 17 source launcher, nothing else on the class path.
 *
 * <pre>
 * java bench/documents/PlainHttpServer.java FOLDER PORT_FILE
 * </pre>
 *
 * Listens on a free port of 127.0.0.1 and writes that port to PORT_FILE once it accepts connections. PUT /NAME
 * writes FOLDER/NAME (64 KiB buffer, no fsync: the server's folder store does not fsync either) and answers
 * 204 when the body is on disk; GET /NAME answers 200 with the file; DELETE /NAME removes it.
 */
public final class PlainHttpServer {

	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]);
		Files.createDirectories(folder);
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
		server.setExecutor(Executors.newFixedThreadPool(4));
		server.createContext("/", exchange -> {
			try (exchange) {
				String name = exchange.getRequestURI().getPath().substring(1);
				if (!name.matches("[A-Za-z0-9._-]+")) {
					exchange.sendResponseHeaders(400, -1);
					return;
				}
				Path file = folder.resolve(name);
				switch (exchange.getRequestMethod()) {
					case "PUT" -> {
						try (InputStream in = exchange.getRequestBody();
								OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE,
										StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
							copy(in, out);
						}
						exchange.sendResponseHeaders(204, -1);
					}
					case "GET" -> {
						if (!Files.isRegularFile(file)) {
							exchange.sendResponseHeaders(404, -1);
							return;
						}
						exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
						exchange.sendResponseHeaders(200, Files.size(file));
						try (InputStream in = Files.newInputStream(file); OutputStream out = exchange.getResponseBody()) {
							copy(in, out);
						}
					}
					case "DELETE" -> {
						Files.deleteIfExists(file);
						exchange.sendResponseHeaders(204, -1);
					}
					default -> exchange.sendResponseHeaders(405, -1);
				}
			}
			catch (IOException ex) {
				System.err.println("plain server: " + ex);
			}
		});
		server.start();
		Files.writeString(Path.of(args[1]), Integer.toString(server.getAddress().getPort()));
		System.out.println("plain HTTP server on 127.0.0.1:" + server.getAddress().getPort() + ", folder " + folder);
	}

	static void copy(InputStream in, OutputStream out) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		for (int n; (n = in.read(buffer)) >= 0;) {
			out.write(buffer, 0, n);
		}
	}

}
