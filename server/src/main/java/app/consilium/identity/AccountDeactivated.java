package app.consilium.identity;

import java.util.UUID;

/**
 * An account was deactivated (by an admin, or removed from its organization by the owner): whatever it
 * was given to read must now be taken away and re-keyed without it.
 *
 * @param organizationId the organization it belonged to, or {@code null} (providers, admins)
 */
public record AccountDeactivated(UUID accountId, UUID organizationId) {
}
