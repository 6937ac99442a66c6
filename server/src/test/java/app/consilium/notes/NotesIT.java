package app.consilium.notes;

import static app.consilium.testing.People.ifMatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.consilium.crypto.AssociatedData;
import app.consilium.crypto.Base64Url;
import app.consilium.crypto.CaseKey;
import app.consilium.crypto.CaseKeyGrant;
import app.consilium.crypto.CaseKeyId;
import app.consilium.crypto.CannotVerifyException;
import app.consilium.crypto.ContentEnvelope;
import app.consilium.crypto.Identity;
import app.consilium.crypto.KeyScope;
import app.consilium.crypto.Member;
import app.consilium.testing.Api;
import app.consilium.testing.IntegrationTest;
import app.consilium.testing.KeyFixtures;
import app.consilium.testing.People;
import tools.jackson.databind.JsonNode;

/**
 * Editing, history, deletion and visibility of notes and memos through the API, with real envelopes sealed
 * by the Java crypto module (the server only checks their shape and key generation).
 */
@IntegrationTest
class NotesIT {

	@LocalServerPort
	int port;

	People.Member requester;

	People.Member collaborator;

	People.Member provider;

	CaseKey key;

	CaseKey requesterMemos;

	CaseKey providerMemos;

	String caseId;

	@BeforeEach
	void setUp() {
		var people = new People(port);
		Api admin = people.admin();
		String organization = people.organization(admin, "LAW_FIRM");
		requester = people.requester(admin, organization, true);
		collaborator = people.requester(admin, organization, false);
		provider = people.provider(admin);
		KeyFixtures.Material requesterKeys = people.onboard(admin, requester, "Requester-passphrase-1!");
		KeyFixtures.Material providerKeys = people.onboard(admin, provider, "Provider-passphrase-2!");
		var created = requester.api().post("/api/cases", Map.of("name", "Smith v. Mercy Hospital", "engagementType",
				"EXPERT_ENGAGEMENT", "providerId", provider.id(), "expertService", "RECORD_REVIEW"));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		caseId = created.body().path("summary").path("id").asString();
		assertThat(requester.api().post("/api/cases/" + caseId + "/collaborators",
				Map.of("accountId", collaborator.id())).status()).isEqualTo(201);
		key = firstGeneration(requester, requesterKeys, KeyScope.CASE);
		requesterMemos = firstGeneration(requester, requesterKeys, KeyScope.REQUESTER_MEMOS);
		providerMemos = firstGeneration(provider, providerKeys, KeyScope.PROVIDER_MEMOS);
	}

	/** Generation 1 of a scope, made and granted to themselves by one member, as their browser does. */
	private CaseKey firstGeneration(People.Member maker, KeyFixtures.Material keys, KeyScope scope) {
		CaseKey made = CaseKey.generate(new CaseKeyId(caseId, scope, 1));
		String grant = Base64Url.encode(CaseKeyGrant.seal(made, new Identity(keys.accountId(), keys.keyPair()),
				new Member(keys.accountId(), keys.keyPair().publicKeys())));
		assertThat(maker.api().post("/api/cases/" + caseId + "/keys/generations",
				Map.of("scope", scope.name(), "generation", 1, "grants", List.of(grant))).status()).isEqualTo(201);
		return made;
	}

	@Test
	@DisplayName("the author edits a note: everyone on the case reads the new text and the earlier one in its history")
	void editAndHistory() {
		String noteId = write(requester, "SHARED", "Blood pressure 150/95.");
		var edited = requester.api().put(note(noteId), Map.of("body", seal("note-v1", noteId, "Blood pressure 140/90.")),
				ifMatch(0));
		assertThat(edited.status()).as(edited.raw()).isEqualTo(200);
		assertThat(edited.header("ETag")).isEqualTo("\"1\"");

		JsonNode seen = only(provider.api().get(notes()).body());
		assertThat(seen.path("version").asInt()).isEqualTo(1);
		assertThat(open("note-v1", noteId, seen.path("body").asString())).isEqualTo("Blood pressure 140/90.");
		assertThat(seen.path("updatedAt").asString()).isNotEqualTo(seen.path("createdAt").asString());

		JsonNode history = provider.api().get(note(noteId) + "/revisions").body();
		assertThat(history).hasSize(1);
		assertThat(history.get(0).path("version").asInt()).isZero();
		assertThat(history.get(0).path("writtenBy").asString()).isEqualTo(requester.id());
		assertThat(open("note", noteId, history.get(0).path("body").asString())).isEqualTo("Blood pressure 150/95.");
		assertThat(actions(provider)).contains("note.edited");
	}

	@Test
	@DisplayName("of two edits based on the same version the second gets 412 with the note as the first left it")
	void conflict() {
		String noteId = write(requester, "SHARED", "Draft.");
		assertThat(requester.api().put(note(noteId), Map.of("body", seal("note-v1", noteId, "First tab.")), ifMatch(0))
			.status()).isEqualTo(200);

		var second = requester.api().put(note(noteId), Map.of("body", seal("note-v1", noteId, "Second tab.")), ifMatch(0));
		assertThat(second.status()).isEqualTo(412);
		assertThat(second.text("type")).endsWith("/stale-version");
		JsonNode current = second.body().path("current");
		assertThat(current.path("version").asInt()).isEqualTo(1);
		assertThat(current.path("authorId").asString()).isEqualTo(requester.id());
		assertThat(current.path("updatedAt").isMissingNode()).isFalse();
		assertThat(open("note-v1", noteId, current.path("body").asString())).isEqualTo("First tab.");
		assertThat(open("note-v1", noteId, only(requester.api().get(notes()).body()).path("body").asString()))
			.as("the stale edit changed nothing").isEqualTo("First tab.");
		assertThat(requester.api().get(note(noteId) + "/revisions").body()).hasSize(1);
	}

	@Test
	@DisplayName("only the author changes or deletes a note; the others who read it get 403")
	void authorOnly() {
		String noteId = write(requester, "SHARED", "Only mine.");
		String body = seal("note", noteId, "Not yours.");
		assertThat(collaborator.api().put(note(noteId), Map.of("body", body), ifMatch(0)).status()).isEqualTo(403);
		assertThat(provider.api().put(note(noteId), Map.of("body", body), ifMatch(0)).status()).isEqualTo(403);
		assertThat(provider.api().deleteWith(note(noteId), ifMatch(0)).status()).isEqualTo(403);
		assertThat(only(requester.api().get(notes()).body()).path("version").asInt()).isZero();
	}

	@Test
	@DisplayName("a memo and everything about it stays on its side: the other side gets 404 and no activity")
	void memosStayOnTheirSide() {
		String lastActivity = lastActivity(provider);
		String memoId = write(requester, "INTERNAL", "Settle below 50k.");
		String body = seal(requesterMemos, "memo-v1", memoId, "Settle below 40k.");
		assertThat(requester.api().put(note(memoId), Map.of("body", body), ifMatch(0)).status()).isEqualTo(200);
		assertThat(lastActivity(provider)).as("the case list's Last Activity does not tell when a memo was written")
			.isEqualTo(lastActivity);

		assertThat(provider.api().get(notes()).body()).isEmpty();
		assertThat(provider.api().get(note(memoId) + "/revisions").status()).isEqualTo(404);
		assertThat(provider.api().put(note(memoId), Map.of("body", body), ifMatch(1)).status()).isEqualTo(404);
		assertThat(provider.api().deleteWith(note(memoId), ifMatch(1)).status()).isEqualTo(404);
		assertThat(actions(provider)).doesNotContain("memo.added", "memo.edited");

		assertThat(only(collaborator.api().get(notes()).body()).path("id").asString()).isEqualTo(memoId);
		assertThat(collaborator.api().get(note(memoId) + "/revisions").body()).hasSize(1);
		assertThat(collaborator.api().put(note(memoId), Map.of("body", body), ifMatch(1)).status())
			.as("a colleague reads the memo but does not change it").isEqualTo(403);
		assertThat(actions(collaborator)).contains("memo.added", "memo.edited");

		String providerMemo = write(provider, "INTERNAL", "Requester seems in a hurry.");
		assertThat(requester.api().get(notes()).body()).extracting(n -> n.path("id").asString()).containsExactly(memoId);
		assertThat(requester.api().get(note(providerMemo) + "/revisions").status()).isEqualTo(404);
	}

	@Test
	@DisplayName("a memo is sealed with its side's memo key, named with it, and refused under a key that side does not have")
	void memosUnderTheirSidesKey() {
		String memoId = write(requester, "INTERNAL", "Settle below 50k.");
		JsonNode memo = only(collaborator.api().get(notes()).body());
		assertThat(memo.path("scope").asString()).isEqualTo("REQUESTER_MEMOS");
		assertThat(open(requesterMemos, "memo", memoId, memo.path("body").asString())).isEqualTo("Settle below 50k.");
		assertThatThrownBy(() -> open(key, "memo", memoId, memo.path("body").asString()))
			.as("the case key, which the provider holds too, does not open it").isInstanceOf(CannotVerifyException.class);
		write(requester, "SHARED", "Hearing on 3 March.");
		assertThat(only(provider.api().get(notes()).body()).path("scope").asString()).isEqualTo("CASE");

		assertThat(requester.api().put(note(memoId), Map.of("body", seal(requesterMemos, "memo-v1", memoId, "40k.")),
				ifMatch(0)).status()).isEqualTo(200);
		JsonNode revision = collaborator.api().get(note(memoId) + "/revisions").body().get(0);
		assertThat(revision.path("scope").asString()).isEqualTo("REQUESTER_MEMOS");

		String id = UUID.randomUUID().toString();
		CaseKey notYet = CaseKey.generate(new CaseKeyId(caseId, KeyScope.REQUESTER_MEMOS, 2));
		var refused = requester.api().post(notes(), Map.of("id", id, "visibility", "INTERNAL", "body",
				seal(notYet, "memo", id, "Sealed with a generation the side does not have.")));
		assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
		assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("body");
		assertThat(collaborator.api().get(notes()).body()).hasSize(2);
	}

	@Test
	@DisplayName("a deleted note leaves every list and endpoint; a stale delete gets 412")
	void delete() {
		String noteId = write(requester, "SHARED", "Wrong case, sorry.");
		assertThat(requester.api().put(note(noteId), Map.of("body", seal("note-v1", noteId, "Still wrong.")),
				ifMatch(0)).status()).isEqualTo(200);
		var stale = requester.api().deleteWith(note(noteId), ifMatch(0));
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.body().path("current").path("version").asInt()).isEqualTo(1);

		assertThat(requester.api().deleteWith(note(noteId), ifMatch(1)).status()).isEqualTo(204);
		for (People.Member member : List.of(requester, collaborator, provider)) {
			assertThat(member.api().get(notes()).body()).isEmpty();
			assertThat(member.api().get(note(noteId) + "/revisions").status()).isEqualTo(404);
		}
		assertThat(requester.api().put(note(noteId), Map.of("body", seal("note-v2", noteId, "Back?")), ifMatch(2))
			.status()).isEqualTo(404);
		assertThat(requester.api().deleteWith(note(noteId), ifMatch(2)).status()).isEqualTo(404);
		assertThat(actions(provider)).contains("note.deleted");
		var reused = requester.api().post(notes(), Map.of("id", noteId, "visibility", "SHARED", "body",
				seal("note", noteId, "Again.")));
		assertThat(reused.status()).as("a deleted note's id stays taken").isEqualTo(409);
	}

	@Test
	@DisplayName("bad edits are refused with the problem the rest of the API uses")
	void badInput() {
		String noteId = write(requester, "SHARED", "Original.");
		String body = seal("note-v1", noteId, "Changed.");
		assertThat(requester.api().put(note(noteId), Map.of("body", "bm90IGFuIGVudmVsb3Bl"), ifMatch(0)).status())
			.as("not an envelope").isEqualTo(400);
		assertThat(requester.api().put(note(noteId), Map.of("body", body), Map.of()).status())
			.as("no If-Match").isEqualTo(428);
		assertThat(requester.api().deleteWith(note(noteId), Map.of()).status()).as("no If-Match").isEqualTo(428);
		assertThat(requester.api().put(note(noteId), Map.of("body", body), Map.of("If-Match", "\"latest\"")).status())
			.as("If-Match is not a version").isEqualTo(400);
		assertThat(requester.api().put(note(noteId), Map.of(), ifMatch(0)).status()).as("no body").isEqualTo(400);
		assertThat(requester.api().put(note(UUID.randomUUID().toString()), Map.of("body", body), ifMatch(0)).status())
			.as("no such note").isEqualTo(404);
		assertThat(only(requester.api().get(notes()).body()).path("version").asInt()).isZero();
	}

	/** A note under the case key, a memo under its author's side's memo key, as the browser seals them. */
	private String write(People.Member author, String visibility, String text) {
		String id = UUID.randomUUID().toString();
		boolean memo = visibility.equals("INTERNAL");
		CaseKey sealing = !memo ? key : author == provider ? providerMemos : requesterMemos;
		var created = author.api().post(notes(),
				Map.of("id", id, "visibility", visibility, "body", seal(sealing, memo ? "memo" : "note", id, text)));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		return id;
	}

	/** A shared note's body as the browser seals it: the kind names the version the text becomes ("note", "note-v1", …). */
	private String seal(String kind, String noteId, String text) {
		return seal(key, kind, noteId, text);
	}

	private static String seal(CaseKey with, String kind, String noteId, String text) {
		return Base64Url.encode(
				ContentEnvelope.seal(with, new AssociatedData(kind, noteId), text.getBytes(StandardCharsets.UTF_8)));
	}

	private String open(String kind, String noteId, String body) {
		return open(key, kind, noteId, body);
	}

	private static String open(CaseKey with, String kind, String noteId, String body) {
		return new String(ContentEnvelope.open(with, new AssociatedData(kind, noteId), Base64Url.decode(body)),
				StandardCharsets.UTF_8);
	}

	private List<String> actions(People.Member who) {
		return who.api().get("/api/cases/" + caseId + "/activity").body().path("items").valueStream()
			.map(e -> e.path("action").asString())
			.toList();
	}

	private static JsonNode only(JsonNode list) {
		assertThat(list).hasSize(1);
		return list.get(0);
	}

	private String notes() {
		return "/api/cases/" + caseId + "/notes";
	}

	private String note(String noteId) {
		return notes() + "/" + noteId;
	}

	private String lastActivity(People.Member member) {
		return member.api().get("/api/cases/" + caseId).body().path("summary").path("lastActivityAt").asString();
	}

}
