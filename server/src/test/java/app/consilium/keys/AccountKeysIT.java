package app.consilium.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.consilium.crypto.AccountKey;
import app.consilium.crypto.Base64Url;
import app.consilium.crypto.KdfParameters;
import app.consilium.crypto.PublicKeys;
import app.consilium.crypto.UserKeyPair;
import app.consilium.testing.Api;
import app.consilium.testing.IntegrationTest;
import app.consilium.testing.KeyFixtures;
import app.consilium.testing.People;

/** Publishing keys, changing their protection, resetting them, and refusing malformed material. */
@IntegrationTest
class AccountKeysIT {

	static final String PASSPHRASE = "Tr0ub4dor&3-horse-staple";

	@LocalServerPort
	int port;

	People people;

	Api admin;

	People.Member member;

	KeyFixtures.Material material;

	@BeforeEach
	void setUp() {
		people = new People(port);
		admin = people.admin();
		member = people.provider(admin);
		material = KeyFixtures.setUp(member.id(), PASSPHRASE);
	}

	@Test
	@DisplayName("setup stores exactly what the browser sealed, and completes the encryption step")
	void setUpAndUnlock() {
		assertThat(member.api().get("/api/me/keys").status()).isEqualTo(404);
		var created = member.api().put("/api/me/keys", material.body(), Map.of());
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		assertThat(created.text("fingerprint"))
			.isEqualTo(material.keyPair().publicKeys().fingerprint().display().replace(" ", ""));
		assertThat(member.api().get("/api/session").body().path("onboarding").path("encryption").asBoolean()).isTrue();

		var fetched = member.api().get("/api/me/keys");
		byte[] wrap = Base64Url.decode(fetched.text("passphraseWrap"));
		AccountKey unlocked = AccountKey.unwrapWithPassphrase(member.id(), PASSPHRASE, wrap);
		PublicKeys published = PublicKeys.decode(Base64Url.decode(fetched.text("publicKeys")));
		UserKeyPair keys = UserKeyPair.unwrap(unlocked, member.id(), published,
				Base64Url.decode(fetched.text("privateKeys")));
		assertThat(keys.publicKeys()).isEqualTo(material.keyPair().publicKeys());

		var again = member.api().put("/api/me/keys", KeyFixtures.setUp(member.id(), PASSPHRASE).body(), Map.of());
		assertThat(again.status()).isEqualTo(409);
	}

	@Test
	@DisplayName("a new passphrase re-wraps the account key; a stale version is refused")
	void changePassphrase() {
		int version = member.api().put("/api/me/keys", material.body(), Map.of()).body().path("version").asInt();
		byte[] newWrap = material.accountKey()
			.wrapWithPassphrase(member.id(), "New-passphrase-2026!", KdfParameters.generate());
		var changed = member.api().put("/api/me/keys/passphrase", Map.of("passphraseWrap", Base64Url.encode(newWrap)),
				ifMatch(version));
		assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
		assertThat(changed.text("fingerprint")).isEqualTo(member.api().get("/api/me/keys").text("fingerprint"));
		assertThat(Base64Url.decode(changed.text("passphraseWrap"))).isEqualTo(newWrap);

		var stale = member.api().put("/api/me/keys/passphrase",
				Map.of("passphraseWrap", Base64Url.encode(material.passphraseWrap())), ifMatch(version));
		assertThat(stale.status()).isEqualTo(412);
	}

	@Test
	@DisplayName("a reset publishes a new key pair, only when the person confirms the loss")
	void reset() {
		var created = member.api().put("/api/me/keys", material.body(), Map.of());
		String before = created.text("fingerprint");
		int version = created.body().path("version").asInt();
		var fresh = KeyFixtures.setUp(member.id(), "Another-passphrase-9?");
		Map<String, Object> unconfirmed = new HashMap<>(fresh.body());
		unconfirmed.put("confirmDataLoss", false);
		assertThat(member.api().postWith("/api/me/keys/reset", unconfirmed, ifMatch(version)).status()).isEqualTo(400);

		Map<String, Object> confirmed = new HashMap<>(fresh.body());
		confirmed.put("confirmDataLoss", true);
		assertThat(member.api().post("/api/me/keys/reset", confirmed).status()).as("without If-Match").isEqualTo(428);
		var reset = member.api().postWith("/api/me/keys/reset", confirmed, ifMatch(version));
		assertThat(reset.status()).as(reset.raw()).isEqualTo(200);
		Map<String, Object> racing = new HashMap<>(KeyFixtures.setUp(member.id(), "Third-passphrase-8#").body());
		racing.put("confirmDataLoss", true);
		assertThat(member.api().postWith("/api/me/keys/reset", racing, ifMatch(version)).status())
			.as("a second reset based on the replaced keys").isEqualTo(412);
		assertThat(reset.text("fingerprint")).isNotEqualTo(before);

		var seenByOthers = admin.get("/api/accounts/" + member.id() + "/public-keys");
		assertThat(seenByOthers.text("fingerprint")).isEqualTo(reset.text("fingerprint"));
	}

	@Nested
	@DisplayName("malformed key material is refused with the field named, and nothing is stored")
	class BadMaterial {

		@Test
		@DisplayName("not base64url")
		void notBase64() {
			refused(with("publicKeys", "not base64!"), "publicKeys");
		}

		@Test
		@DisplayName("a public key off the curve")
		void offCurve() {
			byte[] keys = material.keyPair().publicKeys().encoded();
			keys[40] ^= 1;
			refused(with("publicKeys", Base64Url.encode(keys)), "publicKeys");
		}

		@Test
		@DisplayName("KDF iterations below the floor")
		void iterationsBelowFloor() {
			byte[] wrap = material.passphraseWrap().clone();
			wrap[2] = 0;
			wrap[3] = 0;
			wrap[4] = 0x03;
			wrap[5] = (byte) 0xe8;
			refused(with("passphraseWrap", Base64Url.encode(wrap)), "passphraseWrap");
			assertThat(KdfParameters.MIN_ITERATIONS).isGreaterThan(1000);
		}

		@Test
		@DisplayName("a recovery wrap where the passphrase wrap belongs")
		void wrongSuite() {
			refused(with("passphraseWrap", Base64Url.encode(material.recoveryWrap())), "passphraseWrap");
		}

		@Test
		@DisplayName("truncated private keys")
		void truncated() {
			byte[] keys = java.util.Arrays.copyOf(material.privateKeys(), material.privateKeys().length - 1);
			refused(with("privateKeys", Base64Url.encode(keys)), "privateKeys");
		}

		@Test
		@DisplayName("oversized values")
		void oversized() {
			refused(with("privateKeys", "A".repeat(5000)), "privateKeys");
		}

		private Map<String, Object> with(String field, String value) {
			Map<String, Object> body = new HashMap<>(material.body());
			body.put(field, value);
			return body;
		}

		private void refused(Map<String, Object> body, String field) {
			var response = member.api().put("/api/me/keys", body, Map.of());
			assertThat(response.status()).as(response.raw()).isEqualTo(400);
			assertThat(response.body().path("errors").get(0).path("field").asString()).isEqualTo(field);
			assertThat(member.api().get("/api/me/keys").status()).isEqualTo(404);
			assertThat(member.api().get("/api/session").body().path("onboarding").path("encryption").asBoolean())
				.isFalse();
		}

	}

	@Test
	@DisplayName("key endpoints need a session")
	void anonymous() {
		assertThat(people.anonymous().get("/api/me/keys").status()).isEqualTo(401);
		assertThat(people.anonymous().put("/api/me/keys", material.body(), Map.of()).status()).isEqualTo(401);
		assertThat(people.anonymous().get("/api/accounts/" + member.id() + "/public-keys").status()).isEqualTo(401);
	}

	private static Map<String, String> ifMatch(int version) {
		return Map.of("If-Match", "\"" + version + "\"");
	}

}
