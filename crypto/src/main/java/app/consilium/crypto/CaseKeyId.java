package app.consilium.crypto;

/**
 * Names one symmetric key of a case: which case, which scope, which generation. Generations start
 * at 1 and go up by one when a member is removed; old generations stay readable, new content uses
 * the newest.
 */
public record CaseKeyId(String caseId, KeyScope scope, int generation) {

  public CaseKeyId {
    new ByteWriter().id(caseId);
    if (generation < 1) {
      throw new IllegalArgumentException("generations start at 1");
    }
  }

  /** The next generation of the same case and scope, for rotation after a removal. */
  public CaseKeyId next() {
    return new CaseKeyId(caseId, scope, Math.addExact(generation, 1));
  }
}
