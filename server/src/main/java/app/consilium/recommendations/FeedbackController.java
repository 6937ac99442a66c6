package app.consilium.recommendations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import app.consilium.cases.CaseAccess;
import app.consilium.cases.CaseActivity;
import app.consilium.cases.CaseMember;
import app.consilium.cases.CaseSide;
import app.consilium.crypto.Base64Url;
import app.consilium.identity.AccountDirectory;
import app.consilium.identity.SignedInAccount;
import app.consilium.keys.CaseKeyDirectory;
import app.consilium.keys.SealedContent;
import app.consilium.platform.ProblemException;

/**
 * What the requester side answers to a submitted recommendation: one feedback (a plaintext rating, sealed
 * comments), and clarification requests, which open a thread both sides write in. Neither changes the
 * case's status: a done case stays done while the provider clarifies.
 */
@RestController
class FeedbackController {

	/** 64 KiB of text, sealed and base64url-encoded, with room to spare. */
	private static final int MAX_ENCODED = 96 * 1024;

	private final Recommendations recommendations;

	private final RecommendationRepository repository;

	private final CaseAccess access;

	private final CaseKeyDirectory keys;

	private final CaseActivity activity;

	private final AccountDirectory accounts;

	private final Clock clock;

	FeedbackController(Recommendations recommendations, RecommendationRepository repository, CaseAccess access,
			CaseKeyDirectory keys, CaseActivity activity, AccountDirectory accounts, Clock clock) {
		this.recommendations = recommendations;
		this.repository = repository;
		this.access = access;
		this.keys = keys;
		this.activity = activity;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** {@code comments}, when given, is sealed with kind {@code recommendation-feedback}, object = the case id. */
	record NewFeedback(@NotNull @Min(1) @Max(5) Integer rating, @Size(max = MAX_ENCODED) String comments) {
	}

	/** Sealed with kind {@code clarification}, object = the message id the browser chose. */
	record NewClarification(@NotNull UUID id, @NotBlank @Size(max = MAX_ENCODED) String body) {
	}

	record ClarificationView(UUID id, RecommendationsController.Person author, CaseSide side, String body,
			int generation, Instant createdAt) {
	}

	@PostMapping("/api/cases/{caseId}/recommendation/feedback")
	@Transactional
	ResponseEntity<Void> giveFeedback(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId,
			@Valid @RequestBody NewFeedback request) {
		if (access.requireMember(caseId, me).side() != CaseSide.REQUESTER) {
			throw ProblemException.forbidden("requester-side-only", "The requester side gives feedback.");
		}
		recommendations.requireSubmitted(caseId);
		SealedContent comments = request.comments() == null || request.comments().isBlank() ? null
				: keys.requireSealed(caseId, "comments", request.comments());
		var feedback = new Feedback(caseId, me.id(), request.rating(), comments == null ? null : comments.bytes(),
				comments == null ? null : comments.generation(), clock.instant());
		if (!repository.insert(feedback)) {
			throw ProblemException.conflict("feedback-given", "Feedback on this recommendation was given already.");
		}
		activity.record(caseId, me.id(), "recommendation.feedback-given", null);
		return ResponseEntity.status(HttpStatus.CREATED).build();
	}

	/** The thread, oldest first; empty until the requester side asks, and while nothing was submitted. */
	@GetMapping("/api/cases/{caseId}/recommendation/clarifications")
	List<ClarificationView> clarifications(@AuthenticationPrincipal SignedInAccount me, @PathVariable UUID caseId) {
		access.requireMember(caseId, me);
		List<ClarificationMessage> messages = repository.clarifications(caseId);
		Map<UUID, String> names = accounts
			.names(messages.stream().map(ClarificationMessage::authorId).collect(Collectors.toSet()));
		return messages.stream().map(m -> view(m, names.get(m.authorId()))).toList();
	}

	/** The requester side asks (and asks again); the provider side answers once someone asked. */
	@PostMapping("/api/cases/{caseId}/recommendation/clarifications")
	@Transactional
	ResponseEntity<ClarificationView> addClarification(@AuthenticationPrincipal SignedInAccount me,
			@PathVariable UUID caseId, @Valid @RequestBody NewClarification request) {
		CaseMember member = access.requireMember(caseId, me);
		recommendations.requireSubmitted(caseId);
		boolean asking = member.side() == CaseSide.REQUESTER;
		if (!asking && !repository.clarificationRequested(caseId)) {
			throw ProblemException.conflict("no-clarification-requested",
					"The requester side has not asked for a clarification.");
		}
		SealedContent sealed = keys.requireSealed(caseId, "body", request.body());
		if (repository.clarificationExists(request.id())) {
			throw ProblemException.conflict("clarification-exists", "A message with this id already exists.");
		}
		var message = new ClarificationMessage(request.id(), caseId, me.id(), member.side(), sealed.bytes(),
				sealed.generation(), clock.instant());
		repository.insert(message);
		activity.record(caseId, me.id(),
				asking ? "recommendation.clarification-requested" : "recommendation.clarification-answered", null);
		String author = accounts.names(List.of(me.id())).get(me.id());
		return ResponseEntity.status(HttpStatus.CREATED).body(view(message, author));
	}

	private static ClarificationView view(ClarificationMessage m, String author) {
		return new ClarificationView(m.id(), new RecommendationsController.Person(m.authorId(), author), m.side(),
				Base64Url.encode(m.bodySealed()), m.generation(), m.createdAt());
	}

}
