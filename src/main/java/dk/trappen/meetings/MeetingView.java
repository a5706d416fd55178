package dk.trappen.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A meeting as staff of the child's team see it (partners see a {@link PartnerMeetingView}). */
public record MeetingView(long id, String number, MeetingKind kind, MeetingStatus status, Long caseId, Long concernId, long childId,
                          String teamId, String caseworker, LocalDate dueDate, Instant scheduledAt,
                          PlaceKind placeKind, String place, List<Participant> participants, ConsentState consent,
                          List<Status> statuses, List<Participant> missingStatuses, String minutes, String decisions,
                          String planForChild, String planForParents, String whoDoesWhat,
                          List<ActionPoint> actionPoints, String cancelReason, Instant heldAt, String questions,
                          String coordinator, List<Note> notes) implements MeetingReading {

    /** Why the meeting moved, why the family works on its plan again, a missed date. */
    public record Note(String kind, String text, String writtenBy, Instant writtenAt) {
    }

    public record Participant(long id, ParticipantKind kind, String name, String organisation, ProfessionalRole role,
                              String contact, boolean party) {
    }

    public record Status(long participantId, String text, String submittedBy, Instant submittedAt, String channel) {
    }

    public record ActionPoint(long id, String description, String owner, boolean staffOwner, LocalDate dueDate,
                              Instant doneAt) {
    }
}
