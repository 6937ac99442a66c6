package app.consilium.recommendations;

import java.time.Instant;
import java.util.UUID;

/** The requester side's feedback on a submitted recommendation; the comments are optional and sealed. */
record Feedback(UUID caseId, UUID authorId, int rating, byte[] commentsSealed, Integer generation, Instant givenAt) {
}
