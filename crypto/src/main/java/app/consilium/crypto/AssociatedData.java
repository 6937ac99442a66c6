package app.consilium.crypto;

import java.util.regex.Pattern;

/**
 * Where a ciphertext belongs, besides its case and key generation (which come from the {@link
 * CaseKey}): the kind of object and its id. Sealing binds these exact bytes, so the server cannot
 * move a note into another note, case or kind without opening failing.
 *
 * @param kind lower-case ASCII, e.g. {@code note}, {@code chat-message}, {@code document-key}
 * @param objectId the object's id in the server's canonical form, 1 to 128 UTF-8 bytes
 */
public record AssociatedData(String kind, String objectId) {

  private static final Pattern KIND = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

  public AssociatedData {
    if (!KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException("kind must match " + KIND.pattern());
    }
    new ByteWriter().id(objectId);
  }

  /** The bytes after the envelope header: scope, case id, kind, object id. */
  byte[] encode(CaseKeyId key) {
    return new ByteWriter()
        .u8(key.scope().id())
        .id(key.caseId())
        .str(kind)
        .id(objectId)
        .toByteArray();
  }
}
