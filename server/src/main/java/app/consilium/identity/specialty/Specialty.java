package app.consilium.identity.specialty;

import java.util.UUID;

/** A medical specialty providers practise and cases ask for; deactivated ones are kept for old cases. */
public record Specialty(UUID id, String name, boolean active, int version) {
}
