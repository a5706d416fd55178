package dk.trappen.testsupport;

import static dk.trappen.testsupport.Forms.form;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.trappen.intake.ConcernService;
import dk.trappen.meetings.ConsentInput;
import dk.trappen.meetings.MeetingKind;
import dk.trappen.meetings.MeetingProcesses;
import dk.trappen.meetings.MeetingRequest;
import dk.trappen.meetings.MeetingView;
import dk.trappen.meetings.Meetings;
import dk.trappen.meetings.ParticipantInput;
import dk.trappen.meetings.ParticipantKind;
import dk.trappen.meetings.PlaceKind;
import dk.trappen.meetings.ProfessionalRole;
import dk.trappen.meetings.Schedule;
import dk.trappen.organisation.Organisation;
import dk.trappen.prevention.GroupOffer;
import dk.trappen.prevention.GroupOfferInput;
import dk.trappen.prevention.GroupOffers;
import dk.trappen.prevention.PreventionRequests;
import dk.trappen.staircase.MeasureKind;
import dk.trappen.staircase.Offer;
import dk.trappen.staircase.OfferCatalogue;
import dk.trappen.staircase.OfferInput;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The things the API's writes act on, for the write matrix and the fuzz test: a team Nord child's
 * case with a granted measure, a scheduled network meeting about it (the school's system invited
 * for its teacher, a legal basis recorded so statuses may be sent), a running intensive
 * intervention, an early-prevention course with a group course to join, and an offer. And, for
 * each endpoint, a body that the endpoint accepts.
 */
public final class WriteFixtures {

    private final ProcessEngine processEngine;
    private final EngineDriver engine;
    private final CaseScenarios cases;
    private final Meetings meetings;
    private final MeetingProcesses meetingProcesses;
    private final Organisation organisation;
    private final OfferCatalogue catalogue;
    private final GroupOffers groups;
    private final PreventionRequests requests;

    private Offer familyTreatment;
    private Offer intensive;

    public WriteFixtures(ProcessEngine processEngine, ConcernService concerns, Meetings meetings,
                         MeetingProcesses meetingProcesses, Organisation organisation, OfferCatalogue catalogue,
                         GroupOffers groups, PreventionRequests requests) {
        this.processEngine = processEngine;
        this.engine = new EngineDriver(processEngine);
        this.cases = new CaseScenarios(engine, concerns);
        this.meetings = meetings;
        this.meetingProcesses = meetingProcesses;
        this.organisation = organisation;
        this.catalogue = catalogue;
        this.groups = groups;
        this.requests = requests;
    }

    /** A case of team Nord (caseworker cnord1, leader lnord) with a family treatment granted. */
    public record CaseFixture(long caseId, long childId) {
    }

    public CaseFixture nordCase() {
        ProcessInstance pi = cases.planned(LocalDate.of(2019, 3, 3));
        cases.grant(pi, familyTreatment().id(), LocalDate.now(), 26L, "cnord1", "lnord");
        return new CaseFixture(variable(pi, "caseId"), variable(pi, "childId"));
    }

    /** A TBS meeting about the case in ten days: a parent, the teacher (whose system is skolesystem) and the health visitor. */
    public record MeetingFixture(long meetingId, long schoolParticipantId) {
    }

    public MeetingFixture meeting(CaseFixture of) {
        return meeting(of, "Barnets lov § 20: oplysninger indhentes til den børnefaglige undersøgelse");
    }

    /** The same meeting with no legal basis recorded: only the parents' consent allows exchange. */
    public MeetingFixture meetingOnConsent(CaseFixture of) {
        return meeting(of, null);
    }

    private MeetingFixture meeting(CaseFixture of, String legalBasis) {
        long id = meetings.request(new MeetingRequest(MeetingKind.TBS, of.caseId(), null, of.childId(), "nord", "cnord1",
                LocalDate.now().plusDays(21)), "cnord1");
        MeetingView scheduled = meetings.schedule(id, new Schedule(OffsetDateTime.now().plusDays(10), PlaceKind.SCHOOL,
                        "Skovvejens Skole"),
                List.of(new ParticipantInput(ParticipantKind.PARENT, "Mette Matrix", null, null, "mette@example.dk", null),
                        new ParticipantInput(ParticipantKind.PROFESSIONAL, "Lise Lærer", "Skovvejens Skole",
                                ProfessionalRole.SCHOOL, "lise@skovvejen.example", "skolesystem"),
                        new ParticipantInput(ParticipantKind.PROFESSIONAL, "Hanne Sundhedsplejerske", "Sundhedsplejen",
                                ProfessionalRole.HEALTH_VISITOR, "hanne@kommune.example", null)),
                legalBasis, false, organisation.user("cnord1"));
        long school = scheduled.participants().stream().filter(p -> p.name().equals("Lise Lærer")).findFirst()
                .orElseThrow().id();
        return new MeetingFixture(id, school);
    }

    /** The parents' consent recorded on the meeting, so that it can be withdrawn. */
    public MeetingFixture withConsent(MeetingFixture meeting) {
        meetingProcesses.recordConsent(meeting.meetingId(), new ConsentInput("Skole og sagsbehandler udveksler.",
                LocalDate.now(), "Mette Matrix (mor)", LocalDate.now().plusMonths(6)), organisation.user("cnord1"));
        return meeting;
    }

    /** A running intensive intervention of team Nord: caseworker cnord1, follow-up cnord2, therapists therapist and therapist2. */
    public long intervention() {
        ProcessInstance pi = cases.planned(LocalDate.of(2020, 4, 4));
        cases.grant(pi, intensive().id(), LocalDate.now(), 12L, "cnord1", "lnord");
        ProcessInstance iv = processEngine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
                .singleResult();
        engine.complete("lnord", iv.getId(), "Task_ComposeTeam", form("atRiskOfPlacement", "true",
                "followUpCaseworker", "cnord2", "therapist1", "therapist", "therapist2", "therapist2"));
        return variable(iv, "interventionId");
    }

    /** An individual early-prevention course with the worker "prevention" (Pia), and a group course its child may join. */
    public record CourseFixture(long courseId, long groupOfferId) {
    }

    public CourseFixture course() {
        PreventionScenarios unit = new PreventionScenarios(engine, requests, id -> { });
        String pi = unit.runningCourse("Mads Matrix", LocalDate.now().minusYears(8), "prevention",
                PreventionScenarios.startMeeting("Faste rutiner om morgenen.", 27, 38));
        GroupOffer group = organisation.runAs(PreventionScenarios.LEADER, () -> groups.create(new GroupOfferInput(
                "Klar til skole (skrivetest)", null, 0, 17, LocalDate.now().plusDays(7), LocalDate.now().plusDays(90), 500)));
        return new CourseFixture(variable(pi, "courseId"), group.id());
    }

    public Offer familyTreatment() {
        if (familyTreatment == null) {
            familyTreatment = organisation.runAs("owner", () -> catalogue.create(validOffer("Familiebehandling (skrivetest)")));
        }
        return familyTreatment;
    }

    private Offer intensive() {
        if (intensive == null) {
            intensive = organisation.runAs("owner", () -> catalogue.create(new OfferInput("Intensiv (skrivetest)", null,
                    MeasureKind.INTENSIVE_HOME_INTERVENTION, 3, 0, 17, 12, true)));
        }
        return intensive;
    }

    // ---- bodies each endpoint accepts ------------------------------------------------------

    public static OfferInput validOffer(String name) {
        return new OfferInput(name, "Et tilbud til hele familien.", MeasureKind.FAMILY_TREATMENT, 2, 0, 17, 26, true);
    }

    public static Map<String, Object> offerBody(String name) {
        return ordered("name", name, "description", "Et tilbud til hele familien.", "measureKind", "FAMILY_TREATMENT",
                "staircaseStep", 2, "minAge", 0, "maxAge", 17, "standardDurationWeeks", 26, "active", true);
    }

    /** A professional's concern about a new child of team Nord (a fresh CPR number each time). */
    public static Map<String, Object> concernBody() {
        LocalDate born = LocalDate.of(2016, 6, 6);
        return ordered("notifierType", "PROFESSIONAL", "notifierOrganisation", "Skovvejens Skole",
                "notifierContact", "kontor@skovvejen.example",
                "child", ordered("cpr", Concerns.newCpr(born), "name", "Testbarn Skrivning", "birthDate", born.toString()),
                "receivedAt", OffsetDateTime.now().minusHours(1).toString(),
                "description", "Eleven virker trist og har meget fravær.", "concernLevel", "ILL_BEING", "concernsAbuse", false);
    }

    /** Open anonymous counselling: only the topic, so no child is registered by the matrix. */
    public static Map<String, Object> anonymousRequestBody() {
        return ordered("anonymous", true, "wayIn", "FAMILY", "topic", "PARENTING");
    }

    /** A family's own request with the child, a parent and how to reach them. */
    public static Map<String, Object> familyRequestBody() {
        LocalDate born = LocalDate.now().minusYears(7);
        return ordered("anonymous", false, "wayIn", "FAMILY",
                "child", ordered("cpr", Concerns.newCpr(born), "name", "Testbarn Henvendelse", "birthDate", born.toString()),
                "parentName", "Forælder Fuzz", "familyContact", "22 33 44 55", "topic", "PARENTING",
                "description", "Vi har brug for hjælp til rutiner.");
    }

    public static Map<String, Object> groupBody() {
        return ordered("name", "Forstå din teenager (skrivetest)", "description", "Otte aftener for forældre.", "minAge", 12,
                "maxAge", 17, "startsOn", LocalDate.now().plusDays(10).toString(),
                "endsOn", LocalDate.now().plusDays(60).toString(), "seats", 10);
    }

    public static Map<String, Object> rescheduleBody() {
        return ordered("at", OffsetDateTime.now().plusDays(12).withNano(0).toString(), "placeKind", "SCHOOL",
                "place", "Skovvejens Skole, lokale 2", "reason", "Læreren er syg.");
    }

    public static Map<String, Object> consentBody() {
        return ordered("scope", "Skole, sundhedspleje og sagsbehandler må udveksle oplysninger om trivsel.",
                "givenOn", LocalDate.now().toString(), "givenBy", "Mette Matrix (mor)",
                "validUntil", LocalDate.now().plusMonths(12).toString());
    }

    /** A map that keeps its keys' order, so a body prints the way it is sent. */
    public static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    public static Map<String, Object> copy(Map<String, Object> body) {
        return new HashMap<>(body);
    }

    private long variable(ProcessInstance pi, String name) {
        return ((Number) processEngine.getRuntimeService().getVariable(pi.getId(), name)).longValue();
    }

    private long variable(String processInstanceId, String name) {
        return ((Number) processEngine.getRuntimeService().getVariable(processInstanceId, name)).longValue();
    }
}
