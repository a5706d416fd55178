package dk.trappen.meetings.web;

import static dk.trappen.testsupport.ApiClient.assertProblem;
import static dk.trappen.testsupport.ApiClient.errorFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dk.trappen.intake.ConcernService;
import dk.trappen.meetings.ConsentState;
import dk.trappen.meetings.MeetingKind;
import dk.trappen.meetings.MeetingRequest;
import dk.trappen.meetings.MeetingStatus;
import dk.trappen.meetings.MeetingView;
import dk.trappen.meetings.Meetings;
import dk.trappen.meetings.MinutesInput;
import dk.trappen.meetings.ParticipantInput;
import dk.trappen.meetings.ParticipantKind;
import dk.trappen.meetings.PlaceKind;
import dk.trappen.meetings.ProfessionalRole;
import dk.trappen.meetings.Schedule;
import dk.trappen.organisation.Organisation;
import dk.trappen.outbox.Outbox;
import dk.trappen.platform.ConflictException;
import dk.trappen.testsupport.ApiClient;
import dk.trappen.testsupport.ApiClient.Reply;
import dk.trappen.testsupport.CaseScenarios;
import dk.trappen.testsupport.EngineDriver;
import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Network meetings over real HTTP: the partners' statuses (their own meeting and participant
 * only, and only while personal data may be exchanged), the parents' consent given and
 * withdrawn, a legal basis instead of consent, the meeting read by its team, and bad input.
 */
@TrappenTest
class MeetingApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    ConcernService concerns;
    @Autowired
    Meetings meetings;
    @Autowired
    Organisation organisation;
    @Autowired
    Outbox outbox;

    @Autowired
    dk.trappen.casefile.CaseOverviews caseOverviews;

    ApiClient http;
    EngineDriver engine;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
        engine = new EngineDriver(processEngine);
    }

    /** A TBS meeting about a 9-year-old's case: a parent, the school (its system is "skolesystem") and the health visitor. */
    MeetingView scheduledMeeting(String legalBasis) {
        return scheduledMeeting(legalBasis, "skolesystem");
    }

    MeetingView scheduledMeeting(String legalBasis, String schoolSystem) {
        ProcessInstance childCase = new CaseScenarios(engine, concerns).fromIntake(LocalDate.of(2017, 2, 2),
                OffsetDateTime.now().minusHours(2));
        long caseId = ((Number) processEngine.getRuntimeService().getVariable(childCase.getId(), "caseId")).longValue();
        long childId = ((Number) processEngine.getRuntimeService().getVariable(childCase.getId(), "childId")).longValue();
        long id = meetings.request(new MeetingRequest(MeetingKind.TBS, caseId, null, childId, "nord", "cnord1",
                LocalDate.now().plusDays(21)), "cnord1");
        return meetings.schedule(id, new Schedule(OffsetDateTime.now().plusDays(10), PlaceKind.SCHOOL, "Skovvejens Skole"),
                List.of(new ParticipantInput(ParticipantKind.PARENT, "Mette Testesen", null, null, "mette@example.dk", null),
                        new ParticipantInput(ParticipantKind.CHILD, "Anton Testesen", null, null, null, null),
                        new ParticipantInput(ParticipantKind.PROFESSIONAL, "Lise Lærer", "Skovvejens Skole",
                                ProfessionalRole.SCHOOL, "lise@skovvejen.example", schoolSystem),
                        new ParticipantInput(ParticipantKind.PROFESSIONAL, "Hanne Sundhedsplejerske", "Sundhedsplejen",
                                ProfessionalRole.HEALTH_VISITOR, "hanne@kommune.example", null)),
                legalBasis, false, organisation.user("cnord1"));
    }

    long participant(MeetingView meeting, String name) {
        return meeting.participants().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }

    String path(MeetingView meeting) {
        return "/api/meetings/" + meeting.id();
    }

    Map<String, Object> consent() {
        return Map.of("scope", "Skole, sundhedspleje og sagsbehandler må udveksle oplysninger om Antons trivsel.",
                "givenOn", LocalDate.now().toString(), "givenBy", "Mette Testesen (mor)",
                "validUntil", LocalDate.now().plusMonths(12).toString());
    }

    @Test
    void aPartnerSubmitsItsStatusOnlyWithConsentAndAWithdrawalStopsFurtherExchange() throws IOException {
        MeetingView meeting = scheduledMeeting(null);
        long school = participant(meeting, "Lise Lærer");
        assertThat(outbox.lettersAbout(meeting.number())).as("invitations to everyone with an address").hasSize(3);

        Reply withoutConsent = http.post("skolesystem", path(meeting) + "/statuses",
                Map.of("participantId", school, "text", "Anton har haft 12 dages fravær."));
        assertProblem(withoutConsent, 409);
        assertThat(withoutConsent.json().path("detail").asText()).contains("samtykke mangler");

        JsonNode before = http.get("cnord1", path(meeting)).json();
        assertThat(before.path("consent").path("exchangeAllowed").asBoolean()).isFalse();
        assertThat(before.path("consent").path("basis").asText()).isEqualTo("NONE");
        assertThat(before.path("missingStatuses")).hasSize(2);

        Reply recorded = http.post("cnord1", path(meeting) + "/consent", consent());
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        Reply submitted = http.post("skolesystem", path(meeting) + "/statuses",
                Map.of("participantId", school, "text", "Anton har haft 12 dages fravær, men er glad i frikvartererne."));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);

        JsonNode after = http.get("cnord1", path(meeting)).json();
        assertThat(after.path("consent").path("basis").asText()).isEqualTo("CONSENT");
        assertThat(after.path("statuses")).singleElement()
                .satisfies(status -> assertThat(status.path("submittedBy").asText()).isEqualTo("skolesystem"));
        assertThat(after.path("missingStatuses")).singleElement()
                .satisfies(missing -> assertThat(missing.path("name").asText()).isEqualTo("Hanne Sundhedsplejerske"));
        assertThat(http.get("skolesystem", path(meeting)).status()).as("an invited partner reads its meeting").isEqualTo(200);

        Reply withdrawn = http.post("cnord1", path(meeting) + "/consent/withdrawal", Map.of("reason", "Mor har ringet og trukket samtykket tilbage."));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().path("exchangeAllowed").asBoolean()).isFalse();
        assertThat(withdrawn.json().path("consent").path("withdrawnAt").isMissingNode()).isFalse();
        assertProblem(http.post("skolesystem", path(meeting) + "/statuses", Map.of("participantId", school, "text", "Mere.")), 409);
        assertThat(meetings.get(meeting.id()).statuses()).as("nothing after the withdrawal").hasSize(1);
    }

    @Test
    void aRecordedLegalBasisAllowsExchangeWithoutConsent() throws IOException {
        MeetingView meeting = scheduledMeeting("Barnets lov § 20: oplysninger indhentes til den børnefaglige undersøgelse");
        Reply submitted = http.post("skolesystem", path(meeting) + "/statuses",
                Map.of("participantId", participant(meeting, "Lise Lærer"), "text", "Status fra skolen."));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        assertThat(meetings.consentState(meeting.id()).basis()).isEqualTo(ConsentState.Basis.LEGAL_BASIS);
    }

    @Test
    void aPartnerCanSubmitOnlyForItsOwnParticipantInAMeetingItIsInvitedTo() throws IOException {
        MeetingView meeting = scheduledMeeting("Barnets lov § 20");
        MeetingView other = scheduledMeeting("Barnets lov § 20", null);
        long school = participant(meeting, "Lise Lærer");

        assertProblem(http.post("skolesystem", path(meeting) + "/statuses",
                Map.of("participantId", participant(meeting, "Hanne Sundhedsplejerske"), "text", "Ikke vores.")), 403);
        assertProblem(http.post("skolesystem", path(other) + "/statuses",
                Map.of("participantId", participant(other, "Lise Lærer"), "text", "Ikke inviteret.")), 403);
        assertProblem(http.post("skolesystem", path(other) + "/statuses",
                Map.of("participantId", school, "text", "Forkert møde.")), 403);
        assertProblem(http.get("skolesystem", path(other)), 403);
        assertProblem(http.get("csyd1", path(meeting)), 403);
        assertThat(http.get(null, path(meeting)).status()).isEqualTo(401);
        assertProblem(http.get("cnord1", "/api/meetings/999999999"), 404);
        assertThat(meetings.get(meeting.id()).statuses()).isEmpty();
        assertThat(meetings.get(other.id()).statuses()).isEmpty();
    }

    @Test
    void badInputIsRefusedWithTheFieldAndChangesNothing() throws IOException {
        MeetingView meeting = scheduledMeeting("Barnets lov § 20");
        String statuses = path(meeting) + "/statuses";
        assertThat(errorFields(badRequest(http.post("cnord1", statuses, Map.of("participantId", participant(meeting, "Lise Lærer"))))))
                .containsExactly("text");
        assertThat(errorFields(badRequest(http.post("cnord1", statuses, Map.of("text", "Uden deltager."))))).containsExactly("participantId");
        assertThat(errorFields(badRequest(http.post("cnord1", statuses, Map.of("participantId", 424242, "text", "Ukendt.")))))
                .containsExactly("participantId");
        assertThat(errorFields(badRequest(http.post("cnord1", statuses,
                Map.of("participantId", participant(meeting, "Mette Testesen"), "text", "Forælder."))))).containsExactly("participantId");
        assertThat(badRequest(http.send(org.springframework.http.HttpMethod.POST, statuses, "cnord1", "demo", "{not json",
                h -> { })).status()).isEqualTo(400);
        assertThat(errorFields(badRequest(http.post("cnord1", path(meeting) + "/consent", Map.of("scope", "Alt")))))
                .contains("consentGivenBy", "consentGivenOn", "consentValidUntil");
        assertThat(meetings.get(meeting.id()).statuses()).isEmpty();
    }

    @Test
    void staffRecordStatusesAndTheMinutesWithActionPointsForStaffAndOthers() {
        MeetingView meeting = scheduledMeeting("Barnets lov § 20");
        var cnord1 = organisation.user("cnord1");
        meetings.submitStatus(meeting.id(), participant(meeting, "Hanne Sundhedsplejerske"), "Anton trives fysisk.", cnord1,
                dk.trappen.casefile.AccessChannel.TASK);
        MeetingView held = meetings.hold(meeting.id(), new MinutesInput("Familien fortalte om en hård vinter.",
                "Anton får en kontaktperson.", "Anton kommer i skole hver dag.", "Faste morgenrutiner.",
                "Skolen ringer hjem hver fredag.", List.of(
                        new MinutesInput.ActionPointInput("actionPoint1", "Find en kontaktperson", "cnord2", LocalDate.now().plusDays(14)),
                        new MinutesInput.ActionPointInput("actionPoint2", "Hente Anton om tirsdagen", "Mormor", LocalDate.now().plusDays(7)),
                        new MinutesInput.ActionPointInput("actionPoint3", null, null, null))), cnord1);
        assertThat(held.status()).isEqualTo(MeetingStatus.HELD);
        assertThat(held.missingStatuses()).extracting(MeetingView.Participant::name).containsExactly("Lise Lærer");
        assertThat(held.actionPoints()).extracting(MeetingView.ActionPoint::owner, MeetingView.ActionPoint::staffOwner)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cnord2", true), org.assertj.core.groups.Tuple.tuple("Mormor", false));
        assertThatThrownBy(() -> meetings.cancel(meeting.id(), "For sent.", cnord1)).isInstanceOf(ConflictException.class);

        // The case shows its meetings with the action points still open.
        var overview = caseOverviews.ofCase(meeting.caseId(), cnord1, dk.trappen.casefile.AccessChannel.API);
        assertThat(overview.meetings()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo("TBS-møde");
            assertThat(m.openActionPoints()).extracting(dk.trappen.casefile.CaseOverview.ActionPoint::owner)
                    .containsExactly("cnord2", "Mormor");
        });
    }

    @Test
    void aMeetingIsMovedAndCancelledOverTheApiAndItsProcessFollows() throws IOException {
        MeetingView meeting = scheduledMeeting("Barnets lov § 20");
        Map<String, Object> in = new java.util.HashMap<>();
        in.put("meetingId", meeting.id());
        // A process waiting at the meeting, as networkMeeting is after "Planlæg mødet og invitér".
        ProcessInstance process = processEngine.getRuntimeService().createProcessInstanceByKey("networkMeeting")
                .startBeforeActivity("SubProcess_Meeting").setVariables(Map.of("meetingId", meeting.id(), "caseworker", "cnord1",
                        "teamGroup", "team-nord", "teamLeaderGroup", "teamleaders-nord", "familyGroupConference", false,
                        "statusDueAt", new java.util.Date(), "meetingAt", new java.util.Date(),
                        "meetingMissedAt", java.util.Date.from(java.time.Instant.now().plusSeconds(86_400 * 30))))
                .execute();
        String at = OffsetDateTime.now().plusDays(12).withNano(0).toString();

        assertThat(errorFields(badRequest(http.post("cnord1", path(meeting) + "/reschedule", Map.of("at", at, "placeKind", "HOME")))))
                .containsExactly("reason");
        assertThat(errorFields(badRequest(http.post("cnord1", path(meeting) + "/reschedule",
                Map.of("at", OffsetDateTime.now().minusDays(1).withNano(0).toString(), "placeKind", "HOME", "reason", "x")))))
                .containsExactly("meetingAt");
        assertProblem(http.post("csyd1", path(meeting) + "/reschedule", Map.of("at", at, "placeKind", "HOME", "reason", "x")), 403);
        Reply moved = http.post("cnord1", path(meeting) + "/reschedule", Map.of("at", at, "placeKind", "HOME", "reason", "Sygdom."));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().path("placeKind").asText()).isEqualTo("HOME");
        assertThat(processEngine.getRuntimeService().getVariable(process.getId(), "meetingAt"))
                .isEqualTo(java.util.Date.from(OffsetDateTime.parse(at).toInstant()));

        Reply page = http.page(http.tasklistSession("cnord1"), "/app/meetings/" + meeting.id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Mette Testesen", "Skole, Skovvejens Skole", "Barnets lov § 20", "Sygdom.");

        assertProblem(http.post("csyd1", path(meeting) + "/cancel", Map.of("reason", "x")), 403);
        assertThat(errorFields(badRequest(http.post("cnord1", path(meeting) + "/cancel", Map.of())))).containsExactly("reason");
        Reply cancelled = http.post("cnord1", path(meeting) + "/cancel", Map.of("reason", "Familien er flyttet."));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(process.getId()).count())
                .as("the process ends").isZero();
        assertProblem(http.post("cnord1", path(meeting) + "/cancel", Map.of("reason", "Igen.")), 409);
    }

    private static Reply badRequest(Reply reply) throws IOException {
        assertProblem(reply, 400);
        return reply;
    }
}
