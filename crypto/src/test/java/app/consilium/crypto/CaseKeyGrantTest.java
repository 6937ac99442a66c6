package app.consilium.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseKeyGrantTest {

  private final JsonObject vectors = Vectors.load("grant");
  private final Map<String, Identity> people =
      Map.of(
          "granter",
          identity("granter"),
          "recipient",
          identity("recipient"),
          "other",
          identity("other"));
  private final CaseKeyId keyId =
      new CaseKeyId(
          Vectors.text(vectors, "caseId"),
          Vectors.scope(vectors),
          vectors.get("generation").getAsInt());

  @Test
  void sealsTheVectorBodyFromFixedEphemeralKeyAndNonce() {
    CaseKey caseKey = CaseKey.fromBytes(keyId, Vectors.hex(vectors, "caseKey"));
    byte[] expected = Vectors.hex(vectors, "grant");

    byte[] grant =
        CaseKeyGrant.seal(
            caseKey,
            people.get("granter"),
            people.get("recipient").asMember(),
            Vectors.keyPair(vectors.getAsJsonObject("ephemeral")),
            Vectors.hex(vectors, "nonce"));

    // ECDSA signatures are randomised: the body must match exactly, the signature must verify.
    assertThat(body(grant)).isEqualTo(body(expected));
    assertThat(CaseKeyGrant.verify(grant, people.get("granter").asMember()).keyId())
        .isEqualTo(keyId);
  }

  @Test
  void theRecipientOpensTheVectorGrant() {
    CaseKey opened =
        CaseKeyGrant.open(
            Vectors.hex(vectors, "grant"),
            keyId,
            people.get("recipient"),
            people.get("granter").asMember());

    assertThat(opened.id()).isEqualTo(keyId);
    assertThat(opened.rawBytes()).isEqualTo(Vectors.hex(vectors, "caseKey"));
  }

  @Test
  void theServerReadsWhoGrantedWhatToWhomWithoutKeys() {
    GrantStructure structure = GrantStructure.parse(Vectors.hex(vectors, "grant"));

    assertThat(structure.keyId()).isEqualTo(keyId);
    assertThat(structure.recipientAccountId()).isEqualTo(people.get("recipient").accountId());
    assertThat(structure.recipientFingerprint())
        .isEqualTo(people.get("recipient").asMember().fingerprint());
    assertThat(structure.granterAccountId()).isEqualTo(people.get("granter").accountId());
  }

  @Test
  void refusesOtherGenerationsScopesRecipientsSignersReplaysAndTampering() {
    for (JsonObject vector : Vectors.objects(vectors, "negative")) {
      CaseKeyId expected =
          new CaseKeyId(
              Vectors.text(vector, "caseId"),
              Vectors.scope(vector),
              vector.get("generation").getAsInt());
      Identity opener = people.get(Vectors.text(vector, "opener"));
      Member granter = people.get(Vectors.text(vector, "granter")).asMember();
      Vectors.assertError(
          vector, () -> CaseKeyGrant.open(Vectors.hex(vector, "grant"), expected, opener, granter));
    }
  }

  @Test
  void aChatKeyGrantRoundTripsBetweenFreshPeople() {
    Identity requester = new Identity("requester-1", UserKeyPair.generate());
    Identity provider = new Identity("provider-1", UserKeyPair.generate());
    CaseKey chatKey = CaseKey.generate(new CaseKeyId("case-9", KeyScope.CHAT, 1));

    byte[] grant = CaseKeyGrant.seal(chatKey, requester, provider.asMember());
    CaseKey opened = CaseKeyGrant.open(grant, chatKey.id(), provider, requester.asMember());

    assertThat(opened.rawBytes()).isEqualTo(chatKey.rawBytes());
    assertThat(GrantStructure.parse(grant).keyId().scope()).isEqualTo(KeyScope.CHAT);
  }

  @Test
  void anOrganizationPatientsKeyOpensOnlyAsThatOrganizationsPatientsKey() {
    Identity alice = new Identity("requester-1", UserKeyPair.generate());
    Identity bob = new Identity("requester-2", UserKeyPair.generate());
    String organizationId = "0f0e0d0c-0000-4000-8000-000000000001";
    CaseKey patientsKey = CaseKey.generate(new CaseKeyId(organizationId, KeyScope.PATIENTS, 1));

    byte[] grant = CaseKeyGrant.seal(patientsKey, alice, bob.asMember());

    assertThat(GrantStructure.parse(grant).keyId().scope()).isEqualTo(KeyScope.PATIENTS);
    assertThat(grant[2]).as("scope byte").isEqualTo((byte) 3);
    assertThat(CaseKeyGrant.open(grant, patientsKey.id(), bob, alice.asMember()).rawBytes())
        .isEqualTo(patientsKey.rawBytes());
    for (CaseKeyId other :
        new CaseKeyId[] {
          new CaseKeyId(organizationId, KeyScope.CASE, 1),
          new CaseKeyId("0f0e0d0c-0000-4000-8000-000000000002", KeyScope.PATIENTS, 1)
        }) {
      assertThatThrownBy(() -> CaseKeyGrant.open(grant, other, bob, alice.asMember()))
          .isInstanceOf(CannotVerifyException.class);
    }
  }

  private Identity identity(String name) {
    JsonObject person = vectors.getAsJsonObject(name);
    return new Identity(Vectors.text(person, "accountId"), Vectors.userKeys(person));
  }

  private static byte[] body(byte[] grant) {
    return Arrays.copyOf(grant, grant.length - P256.SIGNATURE_BYTES);
  }
}
