package dk.trappen;

import static dk.trappen.testsupport.WriteFixtures.ordered;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import dk.trappen.intake.ConcernService;
import dk.trappen.meetings.MeetingProcesses;
import dk.trappen.meetings.Meetings;
import dk.trappen.organisation.Organisation;
import dk.trappen.prevention.GroupOffers;
import dk.trappen.prevention.PreventionRequests;
import dk.trappen.staircase.OfferCatalogue;
import dk.trappen.testsupport.ApiClient;
import dk.trappen.testsupport.DomainSnapshot;
import dk.trappen.testsupport.TrappenTest;
import dk.trappen.testsupport.WriteFixtures;
import dk.trappen.testsupport.WriteFixtures.CaseFixture;
import dk.trappen.testsupport.WriteFixtures.MeetingFixture;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * Who may change what, as one table: every role of the read matrix (and nobody) against every
 * POST and PUT of the product's API, with the status each must get. An allowed write is sent with
 * a body the endpoint accepts and must succeed; a refused one must leave every domain table and
 * the engine exactly as they were. Child data is changed by the child's team and its leaders (and
 * the administrator); the catalogue by process owners and managers; the early-prevention unit's
 * courses by its staff; a partner's system sends only its own participant's status.
 */
@TrappenTest
class AuthorizationMatrixWritesTest {

    static final List<String> ROLES = AuthorizationMatrixTest.ROLES;

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    ConcernService concerns;
    @Autowired
    Meetings meetings;
    @Autowired
    MeetingProcesses meetingProcesses;
    @Autowired
    Organisation organisation;
    @Autowired
    OfferCatalogue catalogue;
    @Autowired
    GroupOffers groups;
    @Autowired
    PreventionRequests requests;
    @Autowired
    DataSource dataSource;

    /** Where a write goes and what it sends. */
    record Target(String path, Object body) {
    }

    /**
     * One row of the table. {@code target} gives a fresh target; a one-shot write (ending an
     * intervention, cancelling a meeting, withdrawing a consent) needs a new one after each success.
     */
    record Write(HttpMethod method, String name, Supplier<Target> target, boolean oneShot, int[] expected) {
    }

    @Test
    void everyRoleGetsExactlyTheWriteAccessTheTableSays() {
        WriteFixtures fixtures = new WriteFixtures(processEngine, concerns, meetings, meetingProcesses, organisation,
                catalogue, groups, requests);
        CaseFixture nordCase = fixtures.nordCase();
        MeetingFixture meeting = fixtures.meeting(nordCase);
        WriteFixtures.CourseFixture course = fixtures.course();
        long offerId = fixtures.familyTreatment().id();
        String meetingPath = "/api/meetings/" + meeting.meetingId();

        HttpMethod post = HttpMethod.POST;
        HttpMethod put = HttpMethod.PUT;
        //                                                                                            -    intake cnord1 csyd1 lnord lsyd ther  prev  mgr  owner skole admin
        List<Write> table = List.of(
                new Write(put, "PUT /api/cases/{id}/caseworker", () -> new Target("/api/cases/" + nordCase.caseId()
                        + "/caseworker", Map.of("caseworker", "cnord2")), false,            new int[] {401, 403, 200, 403, 200, 403, 403, 403, 403, 403, 403, 200}),
                new Write(put, "PUT /api/cases/{id}/follow-up-policy", () -> new Target("/api/cases/" + nordCase.caseId()
                        + "/follow-up-policy", Map.of("policy", "KOLDING")), false,          new int[] {401, 403, 200, 403, 200, 403, 403, 403, 403, 403, 403, 200}),
                // The case's record (issue 15): its team and leader write; intake reads only.
                new Write(post, "POST /api/cases/{id}/notes", () -> new Target("/api/cases/" + nordCase.caseId()
                        + "/notes", Map.of("kind", "TELEPHONE", "occurredOn", java.time.LocalDate.now().toString(),
                        "text", "Mor ringede.")), false,                                     new int[] {401, 403, 201, 403, 201, 403, 403, 403, 403, 403, 403, 201}),
                // Anyone who may notify: intake, the authority's staff and the schools' systems.
                new Write(post, "POST /api/concerns", () -> new Target("/api/concerns", WriteFixtures.concernBody()), false,
                                                                                               new int[] {401, 201, 201, 201, 201, 201, 403, 403, 403, 403, 201, 201}),
                new Write(post, "POST /api/prevention/requests", () -> new Target("/api/prevention/requests",
                        WriteFixtures.anonymousRequestBody()), false,                        new int[] {401, 201, 201, 201, 201, 201, 403, 201, 403, 403, 201, 201}),
                // Group courses are the unit's leader's (lfor, not a column) and the administrator's.
                new Write(post, "POST /api/prevention/groups", () -> new Target("/api/prevention/groups",
                        WriteFixtures.groupBody()), false,                                   new int[] {401, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 201}),
                new Write(post, "POST /api/prevention/courses/{id}/enrolments", () -> new Target("/api/prevention/courses/"
                        + course.courseId() + "/enrolments", Map.of("offerId", course.groupOfferId())), false,
                                                                                               new int[] {401, 403, 403, 403, 403, 403, 403, 201, 403, 403, 403, 201}),
                new Write(post, "POST /api/meetings/{id}/reschedule", () -> new Target(meetingPath + "/reschedule",
                        WriteFixtures.rescheduleBody()), false,                              new int[] {401, 403, 200, 403, 200, 403, 403, 403, 403, 403, 403, 200}),
                // The school's system gives the status of its own teacher.
                new Write(post, "POST /api/meetings/{id}/statuses", () -> new Target(meetingPath + "/statuses",
                        ordered("participantId", meeting.schoolParticipantId(), "text", "Eleven trives bedre.")), false,
                                                                                               new int[] {401, 403, 201, 403, 201, 403, 403, 403, 403, 403, 201, 201}),
                new Write(post, "POST /api/meetings/{id}/consent", () -> new Target(meetingPath + "/consent",
                        WriteFixtures.consentBody()), false,                                 new int[] {401, 403, 201, 403, 201, 403, 403, 403, 403, 403, 403, 201}),
                new Write(post, "POST /api/meetings/{id}/consent/withdrawal", () -> new Target("/api/meetings/"
                        + fixtures.withConsent(meeting).meetingId() + "/consent/withdrawal",
                        Map.of("reason", "Mor trækker samtykket tilbage.")), true,         new int[] {401, 403, 200, 403, 200, 403, 403, 403, 403, 403, 403, 200}),
                new Write(post, "POST /api/meetings/{id}/cancel", () -> new Target("/api/meetings/"
                        + fixtures.meeting(nordCase).meetingId() + "/cancel", Map.of("reason", "Familien er syg.")), true,
                                                                                               new int[] {401, 403, 200, 403, 200, 403, 403, 403, 403, 403, 403, 200}),
                new Write(post, "POST /api/offers", () -> new Target("/api/offers",
                        WriteFixtures.offerBody("Nyt tilbud (skrivetest)")), false,          new int[] {401, 403, 403, 403, 403, 403, 403, 403, 201, 201, 403, 201}),
                new Write(put, "PUT /api/offers/{id}", () -> new Target("/api/offers/" + offerId,
                        WriteFixtures.offerBody("Familiebehandling (skrivetest)")), false,   new int[] {401, 403, 403, 403, 403, 403, 403, 403, 200, 200, 403, 200}),
                // The family's team ends it (caseworker, follow-up caseworker, therapists) or the team leader.
                new Write(post, "POST /api/interventions/{id}/early-end", () -> new Target("/api/interventions/"
                        + fixtures.intervention() + "/early-end", Map.of("reason", "FAMILY_WITHDREW",
                        "note", "Familien ønsker ikke at fortsætte.")), true,                new int[] {401, 403, 200, 403, 200, 403, 200, 403, 403, 403, 403, 403}));

        ApiClient http = new ApiClient(port);
        DomainSnapshot snapshot = new DomainSnapshot(dataSource, processEngine);
        List<String> wrong = new ArrayList<>();
        for (Write write : table) {
            assertThat(write.expected()).as(write.name()).hasSize(ROLES.size());
            // Refusals first, so a one-shot write's fixture is still untouched when they try it.
            List<Integer> columns = IntStream.range(0, ROLES.size()).boxed()
                    .sorted(Comparator.comparing(i -> write.expected()[i] < 300)).toList();
            Target target = null;
            for (int i : columns) {
                if (target == null) {
                    target = write.target().get();
                }
                String role = ROLES.get(i);
                int expected = write.expected()[i];
                Map<String, String> before = expected >= 300 ? snapshot.all() : null;
                ApiClient.Reply reply = http.send(write.method(), target.path(), "-".equals(role) ? null : role,
                        ApiClient.password(role), ApiClient.json(target.body()), h -> { });
                if (reply.status() != expected) {
                    wrong.add(write.name() + " as " + role + ": " + reply.status() + ", the table says " + expected
                            + (reply.status() >= 400 ? " (" + reply.body() + ")" : ""));
                }
                if (before != null) {
                    List<String> changed = DomainSnapshot.changes(before, snapshot.all());
                    if (!changed.isEmpty()) {
                        wrong.add(write.name() + " as " + role + " was refused but changed " + changed);
                    }
                }
                if (write.oneShot() && reply.status() < 300) {
                    target = null;
                }
            }
        }
        assertThat(wrong).as("cells of the write matrix that differ").isEmpty();
    }

    /**
     * Issue 19: every user held Camunda's default ALL on its own account, so a caseworker renamed
     * itself (the name then showed in the caseload and the CSV) and a user deleted itself. Each role
     * now changes its own password (with its current one) and nothing else; the administrator
     * changes accounts. Deleting the administrator's own account is not tried (0).
     */
    @Test
    void everyRoleChangesItsOwnPasswordButNothingElseOfItsAccount() {
        //                                         -    intake cnord1 csyd1 lnord lsyd ther  prev  mgr  owner skole admin
        int[] editProfile     = new int[]          {401, 403,   403,  403,  403,  403, 403,  403, 403, 403,  403,  204};
        int[] deleteOwn       = new int[]          {401, 403,   403,  403,  403,  403, 403,  403, 403, 403,  403,  0};
        int[] changePassword  = new int[]          {401, 204,   204,  204,  204,  204, 204,  204, 204, 204,  204,  204};
        ApiClient http = new ApiClient(port);
        var identity = processEngine.getIdentityService();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < ROLES.size(); i++) {
            String role = ROLES.get(i);
            String self = "-".equals(role) ? "csyd1" : role;
            String user = "-".equals(role) ? null : role;
            String password = ApiClient.password(role);
            var before = identity.createUserQuery().userId(self).singleResult();

            ApiClient.Reply rename = http.send(HttpMethod.PUT, "/engine-rest/user/" + self + "/profile", user, password,
                    ApiClient.json(Map.of("id", self, "firstName", "Omdøbt", "lastName", before.getLastName(),
                            "email", before.getEmail())), h -> { });
            check(wrong, "PUT /engine-rest/user/{own}/profile as " + role, rename, editProfile[i]);
            var after = identity.createUserQuery().userId(self).singleResult();
            if (editProfile[i] >= 300 && !before.getFirstName().equals(after.getFirstName())) {
                wrong.add("PUT profile as " + role + " was refused but renamed " + self);
            }
            if (editProfile[i] < 300) { // the administrator: put the name back
                http.send(HttpMethod.PUT, "/engine-rest/user/" + self + "/profile", "admin", "admin",
                        ApiClient.json(Map.of("id", self, "firstName", before.getFirstName(), "lastName",
                                before.getLastName(), "email", before.getEmail())), h -> { });
            }

            if (deleteOwn[i] != 0) {
                ApiClient.Reply delete = http.send(HttpMethod.DELETE, "/engine-rest/user/" + self, user, password, null, h -> { });
                check(wrong, "DELETE /engine-rest/user/{own} as " + role, delete, deleteOwn[i]);
                if (identity.createUserQuery().userId(self).count() != 1) {
                    wrong.add("DELETE as " + role + " deleted " + self);
                }
            }

            String newPassword = "Nyt-kodeord-19-" + i;
            ApiClient.Reply change = http.send(HttpMethod.PUT, "/engine-rest/user/" + self + "/credentials", user, password,
                    ApiClient.json(Map.of("password", newPassword, "authenticatedUserPassword", password)), h -> { });
            check(wrong, "PUT /engine-rest/user/{own}/credentials as " + role, change, changePassword[i]);
            if (change.status() == 204) {
                if (!identity.checkPassword(self, newPassword)) {
                    wrong.add("the new password of " + role + " does not work");
                }
                // And back, the same way, so the other tests sign in with the demo password.
                ApiClient.Reply back = http.send(HttpMethod.PUT, "/engine-rest/user/" + self + "/credentials", self,
                        newPassword, ApiClient.json(Map.of("password", password, "authenticatedUserPassword", newPassword)), h -> { });
                check(wrong, "changing the password of " + role + " back", back, 204);
            }
        }
        // Another user's password stays the administrator's: cnord1 may not even read csyd1's account, and
        // Camunda answers that as a user that does not exist.
        check(wrong, "cnord1 sets csyd1's password", http.send(HttpMethod.PUT, "/engine-rest/user/csyd1/credentials",
                "cnord1", "demo", ApiClient.json(Map.of("password", "Overtaget-19", "authenticatedUserPassword", "demo")),
                h -> { }), 404);
        assertThat(identity.checkPassword("csyd1", "demo")).isTrue();
        assertThat(wrong).as("cells of the account matrix that differ").isEmpty();
    }

    private static void check(List<String> wrong, String what, ApiClient.Reply reply, int expected) {
        if (reply.status() != expected) {
            wrong.add(what + ": " + reply.status() + ", the table says " + expected + " (" + reply.body() + ")");
        }
    }
}
