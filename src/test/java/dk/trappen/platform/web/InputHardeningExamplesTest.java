package dk.trappen.platform.web;

import static dk.trappen.testsupport.ApiClient.assertProblem;
import static dk.trappen.testsupport.ApiClient.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import javax.sql.DataSource;

import dk.trappen.intake.ConcernLevel;
import dk.trappen.intake.ConcernService;
import dk.trappen.intake.RegisteredConcern;
import dk.trappen.meetings.MeetingProcesses;
import dk.trappen.meetings.Meetings;
import dk.trappen.organisation.Organisation;
import dk.trappen.platform.FormValues;
import dk.trappen.prevention.GroupOffers;
import dk.trappen.prevention.PreventionRequests;
import dk.trappen.staircase.OfferCatalogue;
import dk.trappen.testsupport.ApiClient;
import dk.trappen.testsupport.ApiClient.Reply;
import dk.trappen.testsupport.Concerns;
import dk.trappen.testsupport.DomainSnapshot;
import dk.trappen.testsupport.EngineDriver;
import dk.trappen.testsupport.TrappenTest;
import dk.trappen.testsupport.WriteFixtures;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** The inputs InputFuzzTest found accepted or answered with 500, kept as examples: each is now a 400 that stores nothing. */
@TrappenTest
class InputHardeningExamplesTest {

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

    @Test
    void theFoundInputsAreRefusedWithTheFieldAndStoreNothing() throws Exception {
        WriteFixtures fixtures = new WriteFixtures(processEngine, concerns, meetings, meetingProcesses, organisation,
                catalogue, groups, requests);
        WriteFixtures.MeetingFixture meeting = fixtures.withConsent(fixtures.meeting(fixtures.nordCase()));
        WriteFixtures.CourseFixture course = fixtures.course();
        String path = "/api/meetings/" + meeting.meetingId();
        ApiClient http = new ApiClient(port);
        DomainSnapshot snapshot = new DomainSnapshot(dataSource, processEngine);
        var before = snapshot.all();

        // Two JSON values in one body: the first was read, the rest ignored, and the offer stored.
        String offer = ApiClient.json(WriteFixtures.offerBody("To gange"));
        Reply twice = http.sendRaw(HttpMethod.POST, "/api/offers", "owner", MediaType.APPLICATION_JSON_VALUE, offer + offer);
        assertProblem(twice, 400);
        assertThat(errorFields(twice)).containsExactly("body");

        // A number for a boolean: "active": 2 was read as true and the offer stored.
        Map<String, Object> numberForBoolean = WriteFixtures.offerBody("Tal som ja");
        numberForBoolean.put("active", 2);
        Reply active = http.post("owner", "/api/offers", numberForBoolean);
        assertProblem(active, 400);
        assertThat(errorFields(active)).containsExactly("active");

        // An enum's position instead of its name: "measureKind": 2 was read as the third kind.
        Map<String, Object> position = WriteFixtures.offerBody("Nummer som art");
        position.put("measureKind", 2);
        Reply kind = http.post("owner", "/api/offers", position);
        assertProblem(kind, 400);
        assertThat(errorFields(kind)).containsExactly("measureKind");

        // A field the enrolment does not know was accepted (the body was a map): {"offerId":1,"A":0}.
        Reply unknown = http.post("prevention", "/api/prevention/courses/" + course.courseId() + "/enrolments",
                Map.of("offerId", course.groupOfferId(), "A", 0));
        assertProblem(unknown, 400);
        assertThat(errorFields(unknown)).containsExactly("A");

        // Longer than their columns: a reason of 4,001 characters answered 500 from the database.
        Map<String, Object> move = WriteFixtures.rescheduleBody();
        move.put("reason", "x".repeat(4001));
        Reply reschedule = http.post("cnord1", path + "/reschedule", move);
        assertProblem(reschedule, 400);
        assertThat(errorFields(reschedule)).containsExactly("reason");
        Map<String, Object> consent = WriteFixtures.consentBody();
        consent.put("givenBy", "M".repeat(201));
        Reply givenBy = http.post("cnord1", path + "/consent", consent);
        assertProblem(givenBy, 400);
        assertThat(errorFields(givenBy)).containsExactly("consentGivenBy");
        Reply withdrawal = http.post("cnord1", path + "/consent/withdrawal", Map.of("reason", "x".repeat(2001)));
        assertProblem(withdrawal, 400);
        assertThat(errorFields(withdrawal)).containsExactly("reason");

        // A NUL character in a text: PostgreSQL cannot store it and answered 500.
        Reply nul = http.post("owner", "/api/offers", WriteFixtures.offerBody("Nul\u0000tegn"));
        assertProblem(nul, 400);
        assertThat(errorFields(nul)).containsExactly("name");
        assertThat(nul.body()).contains(FormValues.NUL_MESSAGE);

        assertThat(DomainSnapshot.changes(before, snapshot.all())).as("nothing stored").isEmpty();

        // The same in a form submitted from Tasklist or over /engine-rest: 400, the task stays open.
        RegisteredConcern concern = new EngineDriver(processEngine).as("intake", () -> concerns.register(Concerns.professional(
                Concerns.newCpr(LocalDate.of(2016, 4, 4)), "Nul Tegn", LocalDate.of(2016, 4, 4),
                OffsetDateTime.now().minusHours(1), ConcernLevel.SEVERE, false), null));
        String task = processEngine.getTaskService().createTaskQuery().processInstanceId(concern.processInstanceId())
                .taskDefinitionKey("Task_AssessConcern").singleResult().getId();
        Reply form = http.post("intake", "/engine-rest/task/" + task + "/complete", Map.of("variables", Map.of(
                "acuteDanger", Map.of("value", false), "concernLevel", Map.of("value", "SEVERE"),
                "boundedProblem", Map.of("value", false), "familyMotivated", Map.of("value", false),
                "pii_note", Map.of("value", "Vurderet\u0000."))));
        assertThat(form.status()).as(form.body()).isEqualTo(400);
        assertThat(form.body()).contains(FormValues.NUL_MESSAGE);
        assertThat(processEngine.getTaskService().createTaskQuery().taskId(task).count()).as("still open").isOne();
    }

    /**
     * Issue 19, point 7: a name of nothing but invisible characters, a lone surrogate, and birth dates
     * before 1900 or in the future were stored. Each is a 400 naming the field, and nothing is stored.
     */
    @Test
    void invisibleNamesLoneSurrogatesAndImpossibleBirthDatesAreRefused() throws Exception {
        ApiClient http = new ApiClient(port);
        DomainSnapshot snapshot = new DomainSnapshot(dataSource, processEngine);
        var before = snapshot.all();

        Map<String, Object> invisible = WriteFixtures.concernBody();
        child(invisible).put("name", "\u200B\u200D\u2060\uFEFF \u00AD");
        Reply nameless = http.post("intake", "/api/concerns", invisible);
        assertProblem(nameless, 400);
        assertThat(errorFields(nameless)).containsExactly("child.name");

        Map<String, Object> surrogate = WriteFixtures.concernBody();
        child(surrogate).put("name", "SURROGATE");
        Reply lone = http.sendRaw(HttpMethod.POST, "/api/concerns", "intake", MediaType.APPLICATION_JSON_VALUE,
                ApiClient.json(surrogate).replace("SURROGATE", "Anna \\ud800"));
        assertProblem(lone, 400);
        assertThat(errorFields(lone)).containsExactly("child.name");

        for (LocalDate impossible : new LocalDate[] {LocalDate.of(1899, 12, 31), LocalDate.of(1066, 10, 14),
                LocalDate.now().plusDays(1)}) {
            Map<String, Object> body = WriteFixtures.concernBody();
            child(body).remove("cpr");
            child(body).put("birthDate", impossible.toString());
            Reply born = http.post("intake", "/api/concerns", body);
            assertProblem(born, 400);
            assertThat(errorFields(born)).as("born %s", impossible).containsExactly("child.birthDate");
        }
        assertThat(DomainSnapshot.changes(before, snapshot.all())).as("nothing stored").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> concern) {
        return (Map<String, Object>) concern.get("child");
    }
}
