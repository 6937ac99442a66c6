package app.consilium.recommendations;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.consilium.cases.CaseAccess;
import app.consilium.cases.CaseActivity;
import app.consilium.cases.CaseCompletion;
import app.consilium.cases.CaseMember;
import app.consilium.cases.CaseSide;
import app.consilium.keys.CaseKeyDirectory;
import app.consilium.keys.SealedContent;
import app.consilium.platform.FieldProblem;
import app.consilium.platform.ProblemException;

/**
 * Writing the recommendation: drafts replace each other by version, and submission stores the final text
 * and completes the case in one transaction, so there is never a submitted recommendation on an open case
 * nor a case done by recommendation without one.
 */
@Service
class Recommendations {

	/** The sealed body, base64url-encoded, and the case documents it refers to, in order. */
	record Content(String body, List<UUID> attachments) {
	}

	private final RecommendationRepository repository;

	private final CaseAccess access;

	private final CaseCompletion completion;

	private final CaseActivity activity;

	private final CaseKeyDirectory keys;

	private final Clock clock;

	Recommendations(RecommendationRepository repository, CaseAccess access, CaseCompletion completion,
			CaseActivity activity, CaseKeyDirectory keys, Clock clock) {
		this.repository = repository;
		this.access = access;
		this.keys = keys;
		this.completion = completion;
		this.activity = activity;
		this.clock = clock;
	}

	/** @param version the version the draft replaces, 0 when there is none yet */
	@Transactional
	void saveDraft(UUID caseId, CaseMember provider, int version, Content content) {
		save(caseId, provider, version, content, Recommendation.Status.DRAFT);
	}

	/** @param version the version of the draft this replaces, 0 when the provider submits without one */
	@Transactional
	void submit(UUID caseId, CaseMember provider, int version, Content content) {
		save(caseId, provider, version, content, Recommendation.Status.SUBMITTED);
		completion.complete(caseId, provider.accountId(), CaseCompletion.Outcome.RECOMMENDATION_SUBMITTED);
		activity.record(caseId, provider.accountId(), "recommendation.submitted", null);
	}

	/** Feedback and clarifications are about the submitted recommendation: none before it. */
	void requireSubmitted(UUID caseId) {
		if (repository.find(caseId).filter(Recommendation::submitted).isEmpty()) {
			throw ProblemException.conflict("recommendation-not-submitted",
					"The provider has not submitted the recommendation yet.");
		}
	}

	private void save(UUID caseId, CaseMember provider, int version, Content content, Recommendation.Status status) {
		requireWritable(caseId, provider);
		SealedContent body = keys.requireSealed(caseId, "body", content.body());
		requireLiveDocuments(caseId, content.attachments());
		Instant now = clock.instant();
		boolean saved = version == 0 ? repository.insert(caseId, provider.accountId(), status, body, now)
				: repository.update(caseId, provider.accountId(), version, status, body, now);
		if (!saved) {
			throw ProblemException.preconditionFailed();
		}
		repository.replaceAttachments(caseId, content.attachments());
	}

	/** Checked before anything else of a write, the If-Match header included: the requester side gets 403. */
	static CaseMember requireProvider(CaseMember member) {
		if (member.side() != CaseSide.PROVIDER) {
			throw ProblemException.forbidden("provider-only", "Only the case's provider writes the recommendation.");
		}
		return member;
	}

	private void requireWritable(UUID caseId, CaseMember member) {
		requireProvider(member);
		if (!repository.isSecondOpinion(caseId)) {
			throw ProblemException.conflict("not-a-second-opinion",
					"Only a second opinion has a recommendation; an expert engagement has deliverables.");
		}
		if (repository.find(caseId).filter(Recommendation::submitted).isPresent()) {
			throw ProblemException.conflict("recommendation-submitted",
					"The recommendation was submitted; it can no longer change.");
		}
		if (!access.isOpen(caseId)) {
			throw ProblemException.conflict("case-closed", "The case is done or archived; it takes no recommendation.");
		}
	}

	private void requireLiveDocuments(UUID caseId, List<UUID> attachments) {
		if (new HashSet<>(attachments).size() != attachments.size()) {
			throw new FieldProblem("attachments", "Attach each document once.");
		}
		if (!repository.liveDocuments(caseId, attachments).containsAll(attachments)) {
			throw new FieldProblem("attachments", "Attach only documents of this case that are not deleted.");
		}
	}

}
