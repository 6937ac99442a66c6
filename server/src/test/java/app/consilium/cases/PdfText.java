package app.consilium.cases;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Just enough PDF reading to check the report the browser made, without a PDF library: pdf-lib deflates its
 * streams (page objects among them) and writes text in the standard fonts as hex strings of WinAnsi bytes,
 * so inflating every stream shows the pages and the lines drawn.
 */
record PdfText(String inflated) {

	private static final Pattern STREAM = Pattern.compile("stream\\r?\\n(.*?)\\r?\\nendstream", Pattern.DOTALL);

	private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![a-z])");

	static PdfText of(Path file) {
		try {
			byte[] pdf = Files.readAllBytes(file);
			if (!new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
				throw new AssertionError("not a PDF");
			}
			var text = new StringBuilder();
			var streams = STREAM.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
			while (streams.find()) {
				text.append(inflate(streams.group(1).getBytes(StandardCharsets.ISO_8859_1))).append('\n');
			}
			return new PdfText(text.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int pages() {
		return (int) PAGE.matcher(inflated).results().count();
	}

	/** Whether a line short enough not to be wrapped was drawn (Latin-1 text only). */
	boolean shows(String line) {
		String hex = HexFormat.of().formatHex(line.getBytes(StandardCharsets.ISO_8859_1));
		return inflated.toLowerCase().contains(hex);
	}

	private static String inflate(byte[] deflated) {
		var inflater = new Inflater();
		inflater.setInput(deflated);
		var out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			while (!inflater.finished()) {
				int n = inflater.inflate(buffer);
				if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
					break;
				}
				out.write(buffer, 0, n);
			}
		}
		catch (DataFormatException ex) {
			return "";
		}
		finally {
			inflater.end();
		}
		return out.toString(StandardCharsets.ISO_8859_1);
	}

}
