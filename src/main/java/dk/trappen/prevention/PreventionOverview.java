package dk.trappen.prevention;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/prevention/overview}, for the unit's leader: requests waiting for triage or
 * distribution (overdue when a week has passed), families per worker against 6–12, and each
 * running course's contacts used of its limit and the FIT flags of its latest scores (a family in
 * a group course only is listed until its group course ends).
 */
public record PreventionOverview(Instant at, List<Waiting> waiting, List<WorkerLoad> workers, List<Course> courses) {

    public record Waiting(long requestId, String number, WayIn wayIn, Topic topic, RequestStatus status,
                          Instant receivedAt, Instant triageBy, String neededCompetence, boolean triageOverdue) {
    }

    public record Course(long courseId, String number, String worker, CourseKind kind, CourseStatus status,
                         int contactsUsed, int contactLimit, int networkMeetings, List<String> fitFlags,
                         List<String> groupCourses) {
    }
}
