package dk.trappen.meetings;

import java.time.LocalDate;

/**
 * A meeting asked for by a process (or a caseworker): about a case or, before there is one, a
 * concern, or in an early-prevention course (which has neither); the child and team come from the
 * caller, so this module needs neither intake nor the case's internals.
 */
public record MeetingRequest(MeetingKind kind, Long caseId, Long concernId, Long preventionCourseId, long childId,
                             String teamId, String caseworker, LocalDate dueDate) {

    /** A meeting about a case or a concern. */
    public MeetingRequest(MeetingKind kind, Long caseId, Long concernId, long childId, String teamId,
                          String caseworker, LocalDate dueDate) {
        this(kind, caseId, concernId, null, childId, teamId, caseworker, dueDate);
    }
}
