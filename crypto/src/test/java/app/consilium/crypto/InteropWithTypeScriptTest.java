package app.consilium.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cross-decryption in one build: Java seals (account key wraps, private keys, a grant, a note, a
 * document), the TypeScript side opens all of it, seals its own, and Java opens those. Binary
 * fields travel as base64url, the one flavour of the formats.
 */
class InteropWithTypeScriptTest {

  static final String NOTE =
      "Befund: Zustand nach Distorsion, MRT ohne Befund. \u2014 Interop note";
  static final int DOCUMENT_BYTES = 2 * DocumentStream.SEGMENT_BYTES + 777;

  private final Identity alice = new Identity("alice-java", UserKeyPair.generate());
  private final Identity bob = new Identity("bob-java", UserKeyPair.generate());
  private final CaseKey caseKey = CaseKey.generate(new CaseKeyId("case-java", KeyScope.CASE, 2));

  @Test
  void eachSideOpensWhatTheOtherSealed(@TempDir Path directory) throws Exception {
    TypeScriptRunner.requireNode();
    Path in = directory.resolve("java-to-ts.json");
    Path out = directory.resolve("ts-to-java.json");
    Files.writeString(in, javaOutputs().toString(), StandardCharsets.UTF_8);

    TypeScriptRunner.run(in, out, directory.resolve("vitest.log"));

    assertThat(out).as("TypeScript outputs (was the interop test skipped?)").exists();
    openTypeScriptOutputs(JsonParser.parseString(Files.readString(out)).getAsJsonObject());
  }

  private JsonObject javaOutputs() throws IOException {
    String passphrase = "Java-Passphrase-42!";
    RecoveryCode code = RecoveryCode.generate();
    AccountKey accountKey = AccountKey.generate();
    DocumentKey documentKey = DocumentKey.generate("case-java", "doc-java");
    JsonObject json = new JsonObject();
    json.addProperty("passphrase", passphrase);
    json.addProperty("recoveryCode", code.display());
    json.addProperty("noteText", NOTE);
    json.addProperty("documentBytes", DOCUMENT_BYTES);
    json.add("alice", InteropJson.member(alice.asMember()));
    json.add("bob", InteropJson.member(bob.asMember()));
    InteropJson.put(
        json,
        "bobWrappedAccountKey",
        accountKey.wrapWithPassphrase(bob.accountId(), passphrase, KdfParameters.generate()));
    InteropJson.put(
        json,
        "bobRecoveryWrappedAccountKey",
        accountKey.wrapWithRecoveryCode(bob.accountId(), code));
    InteropJson.put(json, "bobWrappedPrivateKeys", bob.keys().wrap(accountKey, bob.accountId()));
    InteropJson.put(json, "grantAliceToBob", CaseKeyGrant.seal(caseKey, alice, bob.asMember()));
    InteropJson.put(
        json,
        "note",
        ContentEnvelope.seal(
            caseKey,
            new AssociatedData("note", "note-java"),
            NOTE.getBytes(StandardCharsets.UTF_8)));
    InteropJson.put(json, "documentKey", documentKey.wrap(caseKey));
    ByteArrayOutputStream document = new ByteArrayOutputStream();
    DocumentStream.encrypt(
        documentKey, new ByteArrayInputStream(ContentVectors.pattern(DOCUMENT_BYTES)), document);
    InteropJson.put(json, "document", document.toByteArray());
    return json;
  }

  private void openTypeScriptOutputs(JsonObject ts) throws IOException {
    Member carol = InteropJson.member(ts.getAsJsonObject("carol"));
    AccountKey byPassphrase =
        AccountKey.unwrapWithPassphrase(
            carol.accountId(),
            Vectors.text(ts, "passphrase"),
            InteropJson.bytes(ts, "carolWrappedAccountKey"));
    AccountKey byCode =
        AccountKey.unwrapWithRecoveryCode(
            carol.accountId(),
            RecoveryCode.parse(Vectors.text(ts, "recoveryCode")),
            InteropJson.bytes(ts, "carolRecoveryWrappedAccountKey"));
    assertThat(byCode.secretKey()).isEqualTo(byPassphrase.secretKey());
    UserKeyPair carolKeys =
        UserKeyPair.unwrap(
            byPassphrase,
            carol.accountId(),
            carol.publicKeys(),
            InteropJson.bytes(ts, "carolWrappedPrivateKeys"));
    assertThat(carolKeys.publicKeys()).isEqualTo(carol.publicKeys());

    CaseKeyId tsCase = new CaseKeyId("case-ts", KeyScope.CASE, 1);
    CaseKey tsKey =
        CaseKeyGrant.open(InteropJson.bytes(ts, "grantCarolToAlice"), tsCase, alice, carol);
    byte[] note =
        ContentEnvelope.open(
            tsKey, new AssociatedData("note", "note-ts"), InteropJson.bytes(ts, "note"));
    assertThat(new String(note, StandardCharsets.UTF_8)).isEqualTo(Vectors.text(ts, "noteText"));

    DocumentKey documentKey =
        DocumentKey.unwrap(tsKey, "doc-ts", InteropJson.bytes(ts, "documentKey"));
    ByteArrayOutputStream document = new ByteArrayOutputStream();
    DocumentStream.decrypt(
        documentKey, new ByteArrayInputStream(InteropJson.bytes(ts, "document")), document);
    assertThat(document.toByteArray())
        .isEqualTo(ContentVectors.pattern(ts.get("documentBytes").getAsInt()));

    // Bob, unlocked in the browser, fulfilled a pending grant: the Java case key, re-shared to
    // Alice.
    CaseKey reshared =
        CaseKeyGrant.open(
            InteropJson.bytes(ts, "grantBobToAlice"), caseKey.id(), alice, bob.asMember());
    assertThat(reshared.rawBytes()).isEqualTo(caseKey.rawBytes());
  }
}
