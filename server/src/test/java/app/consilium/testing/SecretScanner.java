package app.consilium.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * Looks for secrets where they must never be: in what the browser sent and in everything the database
 * holds. A secret counts as found in any encoding a careless implementation might use: UTF-8 text,
 * standard or URL-safe base64 (padded or not) and hex, and as raw bytes inside binary columns.
 */
public final class SecretScanner {

	private final List<byte[]> needles = new ArrayList<>();

	private final List<String> names = new ArrayList<>();

	public SecretScanner secret(String name, String value) {
		return secret(name, value.getBytes(StandardCharsets.UTF_8));
	}

	public SecretScanner secret(String name, byte[] value) {
		add(name, value);
		add(name + " (base64)", Base64.getEncoder().encode(value));
		add(name + " (base64url)", Base64.getUrlEncoder().withoutPadding().encode(value));
		add(name + " (hex)", HexFormat.of().formatHex(value).getBytes(StandardCharsets.US_ASCII));
		add(name + " (HEX)", HexFormat.of().formatHex(value).toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
		return this;
	}

	private void add(String name, byte[] value) {
		names.add(name);
		needles.add(value);
	}

	/** The names of the secrets that occur in the haystack; empty when none does. */
	public List<String> foundIn(byte[] haystack) {
		List<String> found = new ArrayList<>();
		for (int i = 0; i < needles.size(); i++) {
			if (indexOf(haystack, needles.get(i)) >= 0) {
				found.add(names.get(i));
			}
		}
		return found;
	}

	public List<String> foundIn(String haystack) {
		return foundIn(haystack.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Asserts that no secret is in any of the requests a browser sent (URLs, headers and bodies) nor anywhere
	 * in the database; a failure names the secret and the start of the request that carried it.
	 */
	public void assertNoneIn(List<String> requests, DataSource dataSource) {
		assertThat(requests).as("requests recorded").isNotEmpty();
		for (String request : requests) {
			assertThat(foundIn(request)).as(request.substring(0, Math.min(200, request.length()))).isEmpty();
		}
		assertThat(foundIn(dump(dataSource))).as("the database").isEmpty();
	}

	/** Asserts that no secret is in any file under {@code folder} (a blob store), by name or by content. */
	public void assertNoneInFiles(java.nio.file.Path folder) {
		try (var files = java.nio.file.Files.walk(folder)) {
			for (var file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
				assertThat(foundIn(file.toString())).as("the name of " + file).isEmpty();
				assertThat(foundIn(java.nio.file.Files.readAllBytes(file))).as("the content of " + file).isEmpty();
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Every value of every row of every table, text and binary, as one searchable dump. */
	public static byte[] dump(DataSource dataSource) {
		var out = new java.io.ByteArrayOutputStream();
		try (Connection connection = dataSource.getConnection()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet rs = connection.getMetaData().getTables(null, null, "%", new String[] { "TABLE" })) {
				while (rs.next()) {
					String schema = rs.getString("TABLE_SCHEM");
					if (schema == null || !schema.toLowerCase(Locale.ROOT).matches("information_schema|pg_catalog")) {
						tables.add((schema == null ? "" : schema + ".") + rs.getString("TABLE_NAME"));
					}
				}
			}
			for (String table : tables) {
				try (ResultSet rs = connection.createStatement().executeQuery("select * from " + table)) {
					int columns = rs.getMetaData().getColumnCount();
					while (rs.next()) {
						for (int c = 1; c <= columns; c++) {
							Object value = rs.getObject(c);
							if (value != null) {
								out.writeBytes(value instanceof byte[] bytes ? bytes
										: String.valueOf(value).getBytes(StandardCharsets.UTF_8));
								out.write('\n');
							}
						}
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot dump the database", ex);
		}
		return out.toByteArray();
	}

	static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
