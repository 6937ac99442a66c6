package app.consilium.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.consilium.crypto.AssociatedData;
import app.consilium.crypto.Base64Url;
import app.consilium.crypto.CaseKey;
import app.consilium.crypto.CaseKeyGrant;
import app.consilium.crypto.CaseKeyId;
import app.consilium.crypto.ContentEnvelope;
import app.consilium.crypto.Identity;
import app.consilium.crypto.KeyScope;
import app.consilium.crypto.Member;
import app.consilium.crypto.PublicKeys;
import tools.jackson.databind.JsonNode;

/**
 * The browser's part of the patients key, done with the Java crypto module: an organization's key
 * generations, grants to colleagues, and patient details sealed and opened with it.
 */
public final class OrganizationKeys {

	/** The envelope kind of a patient's details (docs/crypto.md). */
	public static final String PATIENT_KIND = "patient";

	private OrganizationKeys() {
	}

	public static CaseKey generate(String organizationId, int generation) {
		return CaseKey.generate(new CaseKeyId(organizationId, KeyScope.PATIENTS, generation));
	}

	public static String grant(CaseKey key, KeyFixtures.Material granter, KeyFixtures.Material recipient) {
		return Base64Url.encode(CaseKeyGrant.seal(key, identity(granter), member(recipient)));
	}

	public static Api.Response postGeneration(Api api, CaseKey key, KeyFixtures.Material granter,
			List<KeyFixtures.Material> recipients) {
		List<String> grants = recipients.stream().map(r -> grant(key, granter, r)).toList();
		return api.post("/api/organization/patient-keys/generations",
				Map.of("generation", key.id().generation(), "grants", grants));
	}

	public static void createGeneration(Api api, CaseKey key, KeyFixtures.Material granter,
			List<KeyFixtures.Material> recipients) {
		var response = postGeneration(api, key, granter, recipients);
		assertThat(response.status()).as(response.raw()).isEqualTo(201);
	}

	/** Opens the caller's grant of a generation, verified against the granter's keys the server returns. */
	public static CaseKey openMine(Api api, KeyFixtures.Material mine, int generation) {
		JsonNode view = api.get("/api/organization/patient-keys").body();
		JsonNode held = view.path("grants")
			.valueStream()
			.filter(g -> g.path("generation").asInt() == generation)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no grant of generation " + generation + ": " + view));
		var granter = new Member(held.path("granterId").asString(),
				PublicKeys.decode(Base64Url.decode(held.path("granterPublicKeys").asString())));
		return CaseKeyGrant.open(Base64Url.decode(held.path("grant").asString()),
				new CaseKeyId(view.path("organizationId").asString(), KeyScope.PATIENTS, generation), identity(mine),
				granter);
	}

	/** A patient of the organization whose key is given, created through the API; their id. */
	public static String newPatient(Api api, CaseKey key, String fullName) {
		UUID id = UUID.randomUUID();
		var created = api.post("/api/patients",
				Map.of("id", id, "details", seal(key, id, "{\"fullName\":\"" + fullName + "\"}")));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		return id.toString();
	}

	public static String seal(CaseKey key, UUID patientId, String detailsJson) {
		return Base64Url.encode(ContentEnvelope.seal(key, new AssociatedData(PATIENT_KIND, patientId.toString()),
				detailsJson.getBytes(StandardCharsets.UTF_8)));
	}

	public static String open(CaseKey key, JsonNode patient) {
		byte[] plaintext = ContentEnvelope.open(key, new AssociatedData(PATIENT_KIND, patient.path("id").asString()),
				Base64Url.decode(patient.path("details").asString()));
		return new String(plaintext, StandardCharsets.UTF_8);
	}

	public static Identity identity(KeyFixtures.Material keys) {
		return new Identity(keys.accountId(), keys.keyPair());
	}

	public static Member member(KeyFixtures.Material keys) {
		return new Member(keys.accountId(), keys.keyPair().publicKeys());
	}

}
