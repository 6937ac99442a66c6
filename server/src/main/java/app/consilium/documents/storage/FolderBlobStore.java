package app.consilium.documents.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Blobs in a local folder. A pending write is a staging directory of part files; completing it renames the
 * directory into {@code objects/}, which is atomic on one file system, so a reader sees all of an object or
 * nothing. Each part file is written under a temporary name and renamed to a name with a tag of its own (a
 * random id: the caller already checks the bytes' SHA-256, hashing them again here would only cost). A part
 * stored twice (a retry racing the first attempt) leaves two files, neither touching the other; completing
 * keeps the ones named by the tags it is given and deletes the rest.
 */
public class FolderBlobStore implements BlobStore {

	private static final Pattern SAFE_KEY = Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*");

	private static final Pattern SAFE_WRITE_ID = Pattern.compile("[0-9a-f-]{36}");

	private static final int BUFFER = 64 * 1024;

	private final Path staging;

	private final Path objects;

	public FolderBlobStore(Path root) {
		this.staging = root.resolve("staging");
		this.objects = root.resolve("objects");
		try {
			Files.createDirectories(staging);
			Files.createDirectories(objects);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the blob folder " + root, ex);
		}
	}

	@Override
	public String begin(String key) {
		object(key);
		String writeId = UUID.randomUUID().toString();
		try {
			Files.createDirectory(staging.resolve(writeId));
		}
		catch (IOException ex) {
			throw new BlobStoreException("Cannot start writing " + key, ex);
		}
		return writeId;
	}

	@Override
	public StoredPart putPart(String key, String writeId, int number, InputStream in, long length) {
		Path dir = pending(writeId);
		if (!Files.isDirectory(dir)) {
			throw new BlobStoreException("No pending write " + writeId + " for " + key);
		}
		Path temporary = dir.resolve(number + ".tmp-" + UUID.randomUUID());
		try {
			try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW)) {
				copyExactly(in, out, length, key);
			}
			String tag = UUID.randomUUID().toString().replace("-", "");
			Path part = dir.resolve(partName(number, tag));
			move(temporary, part);
			return new StoredPart(number, length, tag);
		}
		catch (IOException ex) {
			throw new BlobStoreException("Cannot store part " + number + " of " + key, ex);
		}
		finally {
			deleteQuietly(temporary);
		}
	}

	@Override
	public void complete(String key, String writeId, List<StoredPart> parts) {
		Path dir = pending(writeId);
		Path target = object(key);
		if (!Files.isDirectory(dir) && Files.isDirectory(target)) {
			List<StoredPart> there = partsOf(target, key);
			if (!there.containsAll(parts) || there.stream().anyMatch(p -> p.number() >= parts.size())) {
				throw new BlobStoreException(key + " was completed with other parts");
			}
			// The node may have stopped between the rename and the sweep below: a late copy of a part may be there.
			sweep(target, parts);
			return;
		}
		try {
			for (int i = 0; i < parts.size(); i++) {
				StoredPart part = parts.get(i);
				Path file = dir.resolve(partName(part.number(), part.tag()));
				if (part.number() != i || !Files.isRegularFile(file) || Files.size(file) != part.size()) {
					throw new BlobStoreException("Part " + i + " of " + key + " is missing or was replaced");
				}
			}
			deleteAllBut(dir, parts);
			Files.createDirectories(target.getParent());
			move(dir, target);
			// A late request for a part already stored (a retry given up on, on any node) may have put its file
			// in between the first sweep and the rename; reads go by the folder's listing, so it must not stay.
			deleteAllBut(target, parts);
		}
		catch (FileAlreadyExistsException ex) {
			throw new BlobStoreException("Object " + key + " already exists", ex);
		}
		catch (IOException ex) {
			throw new BlobStoreException("Cannot complete " + key, ex);
		}
	}

	private static void sweep(Path dir, List<StoredPart> parts) {
		try {
			deleteAllBut(dir, parts);
		}
		catch (IOException ex) {
			throw new BlobStoreException("Cannot complete " + dir.getFileName(), ex);
		}
	}

	private static void deleteAllBut(Path dir, List<StoredPart> parts) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.toList()) {
				if (!parts.contains(parse(file))) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	@Override
	public void abort(String key, String writeId) {
		deleteTree(pending(writeId));
	}

	/** Opens each part file only when the reading gets to it: a 10 GiB object has 1,280 of them. */
	@Override
	public InputStream read(String key, long offset, long length) {
		Path dir = object(key);
		List<StoredPart> parts = partsOf(dir, key);
		long end = offset + length;
		long size = parts.stream().mapToLong(StoredPart::size).sum();
		if (offset < 0 || length < 0 || end > size) {
			throw new BlobStoreException("Range " + offset + "+" + length + " lies outside " + key);
		}
		List<Slice> slices = new ArrayList<>();
		long position = 0;
		for (StoredPart part : parts) {
			long from = Math.max(offset, position);
			long to = Math.min(end, position + part.size());
			if (from < to) {
				slices.add(new Slice(dir.resolve(partName(part.number(), part.tag())), from - position, to - from));
			}
			position += part.size();
		}
		return new SlicesInputStream(slices.iterator());
	}

	/** {@code length} bytes of a part file from {@code from}. */
	private record Slice(Path file, long from, long length) {
	}

	@Override
	public void delete(String key) {
		deleteTree(object(key));
	}

	private Path object(String key) {
		if (key == null || !SAFE_KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a blob key: " + key);
		}
		return objects.resolve(key);
	}

	private Path pending(String writeId) {
		if (writeId == null || !SAFE_WRITE_ID.matcher(writeId).matches()) {
			throw new IllegalArgumentException("Not a write id: " + writeId);
		}
		return staging.resolve(writeId);
	}

	/** The parts of a completed object in order: one listing, one {@code stat} per part. */
	private static List<StoredPart> partsOf(Path dir, String key) {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(FolderBlobStore::parse)
				.filter(part -> part != null)
				.sorted(Comparator.comparingInt(StoredPart::number))
				.toList();
		}
		catch (NoSuchFileException ex) {
			throw new BlobStoreException("No object " + key, ex);
		}
		catch (IOException ex) {
			throw new BlobStoreException("Cannot read " + key, ex);
		}
	}

	private static String partName(int number, String tag) {
		return String.format("%08d-%s", number, tag);
	}

	/** The part a file name stands for (size unknown, 0), or null for a temporary file. */
	private static StoredPart parse(Path file) {
		String name = file.getFileName().toString();
		int dash = name.indexOf('-');
		if (name.contains(".tmp-") || dash != 8) {
			return null;
		}
		try {
			return new StoredPart(Integer.parseInt(name.substring(0, dash)), sizeOf(file), name.substring(dash + 1));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private static void copyExactly(InputStream in, OutputStream out, long length, String key) throws IOException {
		byte[] buffer = new byte[BUFFER];
		long remaining = length;
		while (remaining > 0) {
			int read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
			if (read < 0) {
				throw new BlobStoreException("The part of " + key + " ended " + remaining + " bytes early");
			}
			out.write(buffer, 0, read);
			remaining -= read;
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			throw new IOException("The blob folder must be on a file system with atomic renames", ex);
		}
	}

	private static void deleteTree(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(FolderBlobStore::deleteQuietly);
		}
		catch (IOException ex) {
			throw new BlobStoreException("Cannot delete " + dir.getFileName(), ex);
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// Left for the next clean-up; a stray temporary file is never read.
		}
	}

	/** The slices one after the other, each part file open only while it is being read. */
	private static final class SlicesInputStream extends InputStream {

		private final Iterator<Slice> slices;

		private InputStream current;

		SlicesInputStream(Iterator<Slice> slices) {
			this.slices = slices;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (len == 0) {
				return 0;
			}
			while (current != null || slices.hasNext()) {
				if (current == null) {
					current = open(slices.next());
				}
				int n = current.read(b, off, len);
				if (n >= 0) {
					return n;
				}
				current.close();
				current = null;
			}
			return -1;
		}

		private static InputStream open(Slice slice) throws IOException {
			FileChannel channel = FileChannel.open(slice.file(), StandardOpenOption.READ).position(slice.from());
			return new BoundedInputStream(Channels.newInputStream(channel), slice.length());
		}

		@Override
		public void close() throws IOException {
			if (current != null) {
				current.close();
				current = null;
			}
		}

	}

	/** At most {@code limit} bytes of a stream. */
	private static final class BoundedInputStream extends InputStream {

		private final InputStream in;

		private long remaining;

		BoundedInputStream(InputStream in, long limit) {
			this.in = in;
			this.remaining = limit;
		}

		@Override
		public int read() throws IOException {
			if (remaining <= 0) {
				return -1;
			}
			int b = in.read();
			if (b >= 0) {
				remaining--;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (remaining <= 0) {
				return -1;
			}
			int read = in.read(b, off, (int) Math.min(len, remaining));
			if (read > 0) {
				remaining -= read;
			}
			return read;
		}

		@Override
		public void close() throws IOException {
			in.close();
		}

	}

}
