package dk.trappen.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A concern as {@code GET /api/concerns/{id}} returns it. Contains personal data: every read is audited. */
public record ConcernView(long id,
                          String concernNumber,
                          ConcernStatus status,
                          NotifierType notifierType,
                          String notifierOrganisation,
                          String notifierContact,
                          Child child,
                          String teamId,
                          Instant receivedAt,
                          String description,
                          ConcernLevel concernLevel,
                          boolean concernsAbuse,
                          boolean childHadOpenCase,
                          Instant assessmentDueAt,
                          LocalDate acknowledgementDueDate,
                          Instant acknowledgedAt,
                          Instant assessedAt,
                          String assessedBy,
                          String secondAssessor,
                          Boolean acuteDanger,
                          Boolean boundedProblem,
                          Boolean familyMotivated,
                          Route route,
                          Long caseId,
                          String caseNumber,
                          List<TriageView> triage,
                          List<NoteView> notes) {

    public record Child(long id, String cpr, String name, LocalDate birthDate) {
    }

    public record TriageView(Route proposedRoute, Route chosenRoute, String reason, String decidedBy,
                             Instant decidedAt) {
    }

    public record NoteView(NoteKind kind, String text, String writtenBy, Instant writtenAt) {
    }
}
