package dk.trappen.organisation;

/** A member of staff as others see them: user id, display name and team. */
public record StaffMember(String id, String name, String teamId) {
}
