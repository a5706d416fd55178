package dk.trappen.prevention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A request and its course as the unit's staff read them (the child's record read with an audit row). */
public record RequestView(long id, String number, WayIn wayIn, RequestStatus status, Instant receivedAt,
                          Instant triageBy, String childName, String childCpr, LocalDate childBirthDate,
                          String parentName, String familyContact, ReferrerRole referrerRole,
                          String referrerOrganisation, Topic topic, String description, Long concernId,
                          String neededCompetence, String passReason, Long passedConcernId, Long courseId,
                          CourseKind courseKind, CourseStatus courseStatus, String worker, String goals,
                          int contactLimit, List<Contact> contacts, List<Extension> extensions,
                          List<GroupOffer> groupCourses, GoalsOutcome goalsOutcome, String recommendation) {

    public record Contact(String kind, LocalDate date, ContactPlace place, String participants, Integer durationMinutes,
                          String note, Rater rater, Integer ors, Integer srs, List<String> fitFlags, String recordedBy) {
    }

    public record Extension(String reason, Boolean approved, Integer extraContacts, String decidedBy) {
    }
}
