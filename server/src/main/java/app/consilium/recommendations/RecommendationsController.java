package app.consilium.recommendations;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import app.consilium.cases.CaseAccess;
import app.consilium.cases.CaseMember;
import app.consilium.cases.CaseSide;
import app.consilium.crypto.Base64Url;
import app.consilium.identity.AccountDirectory;
import app.consilium.identity.SignedInAccount;
import app.consilium.platform.ProblemException;
import app.consilium.platform.Versions;

/**
 * The recommendation of a second opinion: read by both sides once submitted (a draft only by the
 * provider side), drafted and submitted by the provider with If-Match ({@code "0"} before the first save).
 */
@RestController
class RecommendationsController {

	/** Four long sections of text and the references, sealed and base64url-encoded, with room to spare. */
	private static final int MAX_ENCODED = 512 * 1024;

	private static final int MAX_ATTACHMENTS = 50;

	private final Recommendations recommendations;

	private final RecommendationRepository repository;

	private final CaseAccess access;

	private final AccountDirectory accounts;

	RecommendationsController(Recommendations recommendations, RecommendationRepository repository, CaseAccess access,
			AccountDirectory accounts) {
		this.recommendations = recommendations;
		this.repository = repository;
		this.access = access;
		this.accounts = accounts;
	}

	record Person(UUID id, String fullName) {
	}

	record FeedbackView(int rating, String comments, Integer generation, Person givenBy, Instant givenAt) {
	}

	record RecommendationView(Recommendation.Status status, String body, int generation, List<UUID> attachments,
			Person provider, Instant savedAt, Instant submittedAt, int version, FeedbackView feedback) {
	}

	/** The whole text as one envelope (kind {@code recommendation}, object = the case id). */
	record Draft(@NotBlank @Size(max = MAX_ENCODED) String body,
			@NotNull @Size(max = MAX_ATTACHMENTS) List<@NotNull UUID> attachments) {

		Recommendations.Content content() {
			return new Recommendations.Content(body, attachments);
		}

	}

	@GetMapping("/api/cases/{caseId}/recommendation")
	ResponseEntity<RecommendationView> read(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId) {
		CaseMember member = access.requireMember(caseId, me);
		Recommendation recommendation = repository.find(caseId)
			.filter(r -> r.submitted() || member.side() == CaseSide.PROVIDER)
			.orElseThrow(() -> ProblemException.notFound("recommendation-missing",
					"The provider has not submitted a recommendation yet."));
		Optional<Feedback> feedback = repository.feedback(caseId);
		Set<UUID> people = new HashSet<>(Set.of(recommendation.providerId()));
		feedback.ifPresent(f -> people.add(f.authorId()));
		Map<UUID, String> names = accounts.names(people);
		var view = new RecommendationView(recommendation.status(), Base64Url.encode(recommendation.bodySealed()),
				recommendation.generation(), recommendation.attachments(),
				new Person(recommendation.providerId(), names.get(recommendation.providerId())), recommendation.savedAt(),
				recommendation.submittedAt(), recommendation.version(),
				feedback.map(f -> new FeedbackView(f.rating(),
						f.commentsSealed() == null ? null : Base64Url.encode(f.commentsSealed()), f.generation(),
						new Person(f.authorId(), names.get(f.authorId())), f.givenAt()))
					.orElse(null));
		return ResponseEntity.ok().eTag(Versions.etag(view.version())).body(view);
	}

	@PutMapping("/api/cases/{caseId}/recommendation")
	ResponseEntity<RecommendationView> saveDraft(@AuthenticationPrincipal SignedInAccount me,
			@PathVariable UUID caseId, @RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody Draft draft) {
		CaseMember member = Recommendations.requireProvider(access.requireMember(caseId, me));
		recommendations.saveDraft(caseId, member, Versions.fromIfMatch(ifMatch), draft.content());
		return read(me, caseId);
	}

	/** The final text goes with the submission, so what the provider last saw is what is submitted. */
	@PostMapping("/api/cases/{caseId}/recommendation/submission")
	ResponseEntity<RecommendationView> submit(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody Draft draft) {
		CaseMember member = Recommendations.requireProvider(access.requireMember(caseId, me));
		recommendations.submit(caseId, member, Versions.fromIfMatch(ifMatch), draft.content());
		return read(me, caseId);
	}

}
