package app.consilium.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import app.consilium.crypto.Base64Url;
import app.consilium.crypto.CaseKey;
import app.consilium.crypto.CaseKeyGrant;
import app.consilium.crypto.CaseKeyId;
import app.consilium.crypto.Identity;
import app.consilium.crypto.KeyScope;
import app.consilium.crypto.Member;
import app.consilium.testing.Api;
import app.consilium.testing.KeyFixtures;
import app.consilium.testing.People;

/**
 * Where the document tests start: a case between a requester and a provider who have both set up their
 * keys, with generation 1 of the case key granted by the requester to both of them.
 */
record SharedCase(People.Member requester, KeyFixtures.Material requesterKeys, People.Member provider,
		KeyFixtures.Material providerKeys, String id, CaseKey key) {

	static SharedCase open(People people, String name) {
		Api admin = people.admin();
		People.Member requester = people.requester(admin, people.organization(admin, "LAW_FIRM"), true);
		People.Member provider = people.provider(admin);
		KeyFixtures.Material requesterKeys = people.onboard(admin, requester, "Requester-passphrase-1!");
		KeyFixtures.Material providerKeys = people.onboard(admin, provider, "Provider-passphrase-2!");
		return new SharedCase(requester, requesterKeys, provider, providerKeys, null, null).another(name);
	}

	/** A further case between the same two people, with its own key. */
	SharedCase another(String name) {
		var created = requester.api().post("/api/cases", Map.of("name", name, "engagementType", "EXPERT_ENGAGEMENT",
				"providerId", provider.id(), "expertService", "RECORD_REVIEW"));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		String caseId = created.body().path("summary").path("id").asString();
		CaseKey caseKey = CaseKey.generate(new CaseKeyId(caseId, KeyScope.CASE, 1));
		Identity granter = new Identity(requesterKeys.accountId(), requesterKeys.keyPair());
		List<String> grants = Stream.of(requesterKeys, providerKeys)
			.map(k -> Base64Url.encode(CaseKeyGrant.seal(caseKey, granter, new Member(k.accountId(), k.keyPair().publicKeys()))))
			.toList();
		var shared = requester.api().post("/api/cases/" + caseId + "/keys/generations",
				Map.of("scope", "CASE", "generation", 1, "grants", grants));
		assertThat(shared.status()).as(shared.raw()).isEqualTo(201);
		return new SharedCase(requester, requesterKeys, provider, providerKeys, caseId, caseKey);
	}

}
