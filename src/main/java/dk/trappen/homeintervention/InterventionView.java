package dk.trappen.homeintervention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The intervention as the case shows it: team, phase, both tracks, its real intensity, report and decision. */
public record InterventionView(long id, long caseId, long measureId, LocalDate startDate, LocalDate endDate, String status,
                               int phase, String phaseName, Boolean atRiskOfPlacement, String notEligibleReason,
                               Team team, List<Session> sessions, List<Week> weeks, List<Contact> contacts,
                               List<WeekIntensity> intensity, int totalContacts, double totalHours,
                               EarlyEndReason earlyEndReason, String earlyEndNote, String reportFamily,
                               String reportParenting, String parentsMeetNeeds, InterventionDecision decision,
                               String decisionReason) {

    public record Team(String caseworker, String followUpCaseworker, String therapist1, String therapist2) {
    }

    public record Session(AssessmentMethod method, String otherMethod, LocalDate heldOn, String participants,
                          String summary, String recordedBy) {
    }

    public record Week(int week, String focusPoints, String planGoals, String recordedBy, Instant recordedAt) {
    }

    public record Contact(int week, LocalDate on, ContactPlace place, int minutes, String participants, String fitKind,
                          Integer fitScore) {
    }

    /** Contacts and hours with the family in one week of the intervention. */
    public record WeekIntensity(int week, int contacts, double hours) {
    }
}
