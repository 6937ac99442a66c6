package app.consilium.documents;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A chunk as it arrives: passes the bytes on while hashing them (SHA-256), keeps the first bytes (the
 * stream header, when it is the first chunk), and tells afterwards whether the body ended early or went on
 * past the size the chunk must have.
 */
final class ChunkInput extends InputStream {

	private final InputStream in;

	private final long expected;

	private final MessageDigest sha256;

	private final byte[] head;

	private long count;

	private boolean ended;

	ChunkInput(InputStream in, long expected, int headBytes) {
		this.in = in;
		this.expected = expected;
		this.head = new byte[headBytes];
		try {
			this.sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		int n = read(one, 0, 1);
		return n < 0 ? -1 : one[0] & 0xff;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		if (count >= expected) {
			return -1;
		}
		int n = in.read(b, off, (int) Math.min(len, expected - count));
		if (n < 0) {
			ended = true;
			return -1;
		}
		if (count < head.length) {
			System.arraycopy(b, off, head, (int) count, (int) Math.min(n, head.length - count));
		}
		sha256.update(b, off, n);
		count += n;
		return n;
	}

	/** Reads whatever the caller did not, to the chunk's size, so the digest covers the whole chunk. */
	void drain() throws IOException {
		byte[] buffer = new byte[64 * 1024];
		while (read(buffer, 0, buffer.length) >= 0) {
			// hashing only
		}
	}

	/** Whether the body ended before the chunk's size. */
	boolean endedEarly() {
		return ended && count < expected;
	}

	/** Whether more bytes follow the chunk's size: a chunk longer than it may be. */
	boolean hasMore() throws IOException {
		return count >= expected && in.read() >= 0;
	}

	long count() {
		return count;
	}

	byte[] sha256() {
		return sha256.digest();
	}

	byte[] head() {
		return Arrays.copyOf(head, (int) Math.min(head.length, count));
	}

}
