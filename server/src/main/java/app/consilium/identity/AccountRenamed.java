package app.consilium.identity;

import java.util.UUID;

/** Someone changed the name others see them by; features that keep a copy for sorting update it. */
public record AccountRenamed(UUID accountId, String fullName) {
}
