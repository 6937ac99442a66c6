package app.consilium.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import app.consilium.cases.CaseAction.Party;

/**
 * The lifecycle table, written out again by hand from product.md, checked against {@link CaseAction}
 * for every action, every status and every party: each allowed transition and each refused one.
 */
class CaseActionTest {

	/** action, party, from → to, as product.md draws them. */
	private record Move(CaseAction action, Party party, CaseStatus from, CaseStatus to) {
	}

	private static final List<Move> ALLOWED = List.of(
			new Move(CaseAction.ASSIGN, Party.ADMIN, CaseStatus.NEW, CaseStatus.ASSIGNED),
			new Move(CaseAction.ASSIGN, Party.ADMIN, CaseStatus.ASSIGNED, CaseStatus.ASSIGNED),
			new Move(CaseAction.ASSIGN, Party.ADMIN, CaseStatus.REJECTED, CaseStatus.ASSIGNED),
			new Move(CaseAction.UNASSIGN, Party.ADMIN, CaseStatus.ASSIGNED, CaseStatus.NEW),
			new Move(CaseAction.ACCEPT, Party.PROVIDER, CaseStatus.NEW, CaseStatus.ACCEPTED),
			new Move(CaseAction.ACCEPT, Party.PROVIDER, CaseStatus.ASSIGNED, CaseStatus.ACCEPTED),
			new Move(CaseAction.REJECT, Party.PROVIDER, CaseStatus.NEW, CaseStatus.REJECTED),
			new Move(CaseAction.REJECT, Party.PROVIDER, CaseStatus.ASSIGNED, CaseStatus.REJECTED),
			new Move(CaseAction.START, Party.PROVIDER, CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS),
			new Move(CaseAction.RETURN, Party.PROVIDER, CaseStatus.IN_PROGRESS, CaseStatus.RETURNED),
			new Move(CaseAction.ANSWER, Party.REQUESTER_SIDE, CaseStatus.RETURNED, CaseStatus.IN_PROGRESS),
			new Move(CaseAction.ARCHIVE, Party.REQUESTER_SIDE, CaseStatus.NEW, CaseStatus.ARCHIVED),
			new Move(CaseAction.ARCHIVE, Party.REQUESTER_SIDE, CaseStatus.REJECTED, CaseStatus.ARCHIVED),
			new Move(CaseAction.ARCHIVE, Party.REQUESTER_SIDE, CaseStatus.DONE, CaseStatus.ARCHIVED),
			new Move(CaseAction.ARCHIVE, Party.ADMIN, CaseStatus.NEW, CaseStatus.ARCHIVED),
			new Move(CaseAction.ARCHIVE, Party.ADMIN, CaseStatus.REJECTED, CaseStatus.ARCHIVED),
			new Move(CaseAction.ARCHIVE, Party.ADMIN, CaseStatus.DONE, CaseStatus.ARCHIVED),
			new Move(CaseAction.RESTORE, Party.REQUESTER_SIDE, CaseStatus.ARCHIVED, null),
			new Move(CaseAction.RESTORE, Party.ADMIN, CaseStatus.ARCHIVED, null));

	@Test
	@DisplayName("every action × status × party is allowed exactly when the lifecycle table says so")
	void everyTransition() {
		List<String> mismatches = new ArrayList<>();
		int allowed = 0;
		for (CaseAction action : CaseAction.values()) {
			for (CaseStatus status : CaseStatus.values()) {
				for (Party party : Party.values()) {
					boolean expected = ALLOWED.stream()
						.anyMatch(m -> m.action() == action && m.from() == status && m.party() == party);
					if (action.available(party, status) != expected) {
						mismatches.add("%s by %s from %s".formatted(action, party, status));
					}
					allowed += expected ? 1 : 0;
				}
			}
		}
		assertThat(mismatches).isEmpty();
		assertThat(allowed).isEqualTo(ALLOWED.size());
	}

	@Test
	@DisplayName("each allowed move lands where the table says; restore goes back to where the case was archived from")
	void targets() {
		for (Move move : ALLOWED) {
			if (move.to() != null) {
				assertThat(move.action().target(null)).as(move.toString()).isEqualTo(move.to());
			}
		}
		for (CaseStatus from : Set.of(CaseStatus.NEW, CaseStatus.REJECTED, CaseStatus.DONE)) {
			assertThat(CaseAction.RESTORE.target(from)).isEqualTo(from);
		}
	}

	@Test
	@DisplayName("Done is nobody's action: it follows from the recommendation or the final deliverable")
	void doneComesFromTheWork() {
		assertThat(CaseAction.COMPLETE.direct()).isFalse();
		assertThat(CaseAction.COMPLETE.allowedFrom(CaseStatus.IN_PROGRESS)).isTrue();
		assertThat(CaseAction.COMPLETE.target(null)).isEqualTo(CaseStatus.DONE);
		assertThat(List.of(CaseAction.values()).stream().filter(a -> !a.direct()).toList())
			.containsExactly(CaseAction.COMPLETE);
	}

	@Test
	@DisplayName("reject, return and answer need a reason; nothing else does")
	void reasons() {
		assertThat(List.of(CaseAction.values()).stream().filter(CaseAction::reasonRequired).toList())
			.containsExactlyInAnyOrder(CaseAction.REJECT, CaseAction.RETURN, CaseAction.ANSWER);
	}

	@Test
	@DisplayName("the lists: Active holds everything still being worked or waiting, Completed is Done")
	void views() {
		assertThat(CaseStatus.View.ACTIVE.statuses()).containsExactlyInAnyOrder(CaseStatus.NEW, CaseStatus.ASSIGNED,
				CaseStatus.ACCEPTED, CaseStatus.REJECTED, CaseStatus.IN_PROGRESS, CaseStatus.RETURNED);
		assertThat(CaseStatus.View.COMPLETED.statuses()).containsExactly(CaseStatus.DONE);
		assertThat(CaseStatus.View.ARCHIVED.statuses()).containsExactly(CaseStatus.ARCHIVED);
	}

}
