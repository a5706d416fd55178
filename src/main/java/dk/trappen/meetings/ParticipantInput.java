package dk.trappen.meetings;

/**
 * Someone invited. {@code partnerUser} is the user id of a professional's own system (e.g. the
 * school's), which may then submit that professional's status for this meeting only.
 */
public record ParticipantInput(ParticipantKind kind, String name, String organisation, ProfessionalRole role,
                               String contact, String partnerUser) {
}
