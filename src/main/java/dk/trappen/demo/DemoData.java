package dk.trappen.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.trappen.casefile.ChildCaseProcess;
import dk.trappen.decisions.DecisionProcess;
import dk.trappen.intake.ConcernLevel;
import dk.trappen.intake.ConcernRegistration;
import dk.trappen.intake.ConcernService;
import dk.trappen.intake.IntakeProcess;
import dk.trappen.intake.NotifierType;
import dk.trappen.intake.RegisteredConcern;
import dk.trappen.intake.Route;
import dk.trappen.organisation.Organisation;
import dk.trappen.platform.TimeSource;
import dk.trappen.staircase.MeasureKind;
import dk.trappen.staircase.OfferCatalogue;
import dk.trappen.staircase.OfferInput;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's living Tasklist: fictional children with concerns in every state, children's cases
 * with a running measure, a pending approval and a placement, and the offer catalogue of
 * domain.md section 3. Created once on an empty database through the same services and tasks a
 * caseworker uses. Demo profile only.
 */
@Component
@ConditionalOnProperty(name = "trappen.demo.data-enabled", havingValue = "true")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final ConcernService concerns;
    private final TaskService tasks;
    private final Organisation organisation;
    private final OfferCatalogue offers;
    private final HistoryService history;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final TimeSource time;

    private final RecordDemoData record;

    DemoData(ConcernService concerns, TaskService tasks, Organisation organisation, OfferCatalogue offers, HistoryService history,
             RuntimeService runtime, ManagementService management, TimeSource time, RecordDemoData record) {
        this.record = record;
        this.runtime = runtime;
        this.management = management;
        this.concerns = concerns;
        this.tasks = tasks;
        this.organisation = organisation;
        this.offers = offers;
        this.history = history;
        this.time = time;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void load() {
        if (history.createHistoricProcessInstanceQuery().processDefinitionKey(IntakeProcess.KEY).count() > 0) {
            return;
        }
        // Waiting for the 24-hour assessment, with an acknowledgement to write.
        school("0103184021", "Noah Skovgaard", LocalDate.of(2018, 3, 1), hoursAgo(2), ConcernLevel.ILL_BEING, false);
        // Not assessed within 24 hours: the team leader has an escalation.
        school("1207164033", "Ella Mørk Jensen", LocalDate.of(2016, 7, 12), hoursAgo(30), ConcernLevel.DECLINING, false);
        // Assessed; the team decides the route (the rule proposes an investigation).
        String freja = school("2309174045", "Freja Lund", LocalDate.of(2017, 9, 23), hoursAgo(20), ConcernLevel.ILL_BEING, false);
        assess(freja, false, ConcernLevel.ILL_BEING, false, false);
        // About abuse, 14 years old (team syd): a conversation with the child is required.
        String oscar = school("0511124057", "Oscar Thomsen", LocalDate.of(2012, 11, 5), hoursAgo(6), ConcernLevel.SEVERE, true);
        assess(oscar, false, ConcernLevel.SEVERE, false, false);
        // A neighbour's concern about general well-being: advice given and closed.
        String bo = register(new ConcernRegistration(NotifierType.CITIZEN, null, null,
                new ConcernRegistration.Child(null, "Bo Vestergaard", LocalDate.of(2019, 2, 14)), hoursAgo(50),
                "Naboen hører tit et lille barn græde om aftenen.", ConcernLevel.GENERAL_WELLBEING, false));
        assess(bo, false, ConcernLevel.GENERAL_WELLBEING, false, false);
        decide(bo, "cnord2", Route.NO_FURTHER_ACTION, Map.of("pii_adviceGiven",
                "Naboen er takket og opfordret til at ringe igen, hvis det fortsætter."));
        // A bounded problem and a motivated family: referred to early prevention.
        String alma = school("1904154069", "Alma Kjær", LocalDate.of(2015, 4, 19), hoursAgo(26), ConcernLevel.DECLINING, false);
        assess(alma, false, ConcernLevel.DECLINING, true, true);
        decide(alma, "cnord1", Route.EARLY_PREVENTION, Map.of());
        // Severe problems at 13 (team syd): a case is opened and the investigation runs.
        String william = school("0808134071", "William Holm", LocalDate.of(2013, 8, 8), hoursAgo(40), ConcernLevel.SEVERE, false);
        assess(william, false, ConcernLevel.SEVERE, false, false);
        decide(william, "csyd1", Route.INVESTIGATION, Map.of(IntakeProcess.CUSTODY_HOLDERS, "Susanne Holm\nPeter Holm"));
        // Acute danger: team leader and caseworker act now.
        String sofie = school("1502204083", "Sofie Dahl", LocalDate.of(2020, 2, 15), hoursAgo(1), ConcernLevel.SEVERE, false);
        assess(sofie, true, ConcernLevel.SEVERE, false, false);
        // Anonymous, declining well-being, not bounded: a clarification (afdækning).
        String anonymous = register(new ConcernRegistration(NotifierType.ANONYMOUS, null, null,
                new ConcernRegistration.Child(null, "Lucas (efternavn ukendt)", LocalDate.of(2017, 1, 1)), hoursAgo(22),
                "Anonym henvendelse: drengen kommer ofte for sent og virker sulten.", ConcernLevel.DECLINING, false));
        assess(anonymous, false, ConcernLevel.DECLINING, false, false);
        decide(anonymous, "cnord1", Route.CLARIFICATION, Map.of());
        log.info("Demo data: 9 concerns in every state of the intake process");
        organisation.runAs("owner", () -> {
            offerCatalogue();
            return null;
        });
        childCases();
    }

    /** The demo children's custody holders, named once when the investigation is decided (its letter). */
    private static final Map<String, String> CUSTODY_HOLDERS = Map.of("Emil Nørby", "Anne Nørby\nThomas Nørby",
            "Clara Bech", "Maja Bech", "Viktor Krogh", "Helle Krogh");

    /** Children whose cases have gone further: a running measure, an approval pending, a placement. */
    private void childCases() {
        // 9 years old: investigated, planned, PMT-O granted by the caseworker and running for almost
        // 3 months, so its first follow-up (Herning: every 3 months) is being prepared.
        String emil = caseFor("1106174095", "Emil Nørby", LocalDate.of(2017, 6, 11), "cnord1", 2);
        chooseMeasure(emil, "cnord1", "PMT-O", time.today().minusMonths(3).plusDays(10), 26,
                "Forældrene lærer redskaber til at håndtere Emils udbrud.");
        decide(emil, "cnord1", time.today().minusMonths(3).plusDays(10),
                "Emil har udbrud i skolen og derhjemme, og forældrene mangler redskaber til at møde ham roligt. "
                        + "Undersøgelsen viser, at et forældreforløb (PMT-O) er den mindst indgribende indsats, der kan "
                        + "hjælpe. Forældrene ønsker forløbet, og Emil ønsker ro derhjemme.", "", false);
        // 7 years old: an intensive home-based intervention waits for the team leader's approval.
        String clara = caseFor("0304194107", "Clara Bech", LocalDate.of(2019, 4, 3), "cnord2", 3);
        chooseMeasure(clara, "cnord2", "Intensiv hjemmebaseret indsats", time.today(), 12,
                "Familien får intensiv støtte i hjemmet, så Clara kan blive boende.");
        // 15 years old: placed in a foster family; the child's plan is due within 3 months.
        String viktor = caseFor("2201114119", "Viktor Krogh", LocalDate.of(2011, 1, 22), "csyd2", 5);
        chooseMeasure(viktor, "csyd2", "Familiepleje", time.today(), 52, "Viktor får en stabil hverdag uden for hjemmet.");
        complete(viktor, "Task_ApproveMeasure", "lsyd", Map.of("approval", "APPROVED"));
        decide(viktor, "csyd2", time.today(),
                "Viktor har i lang tid ikke fået den omsorg, han har brug for, og de hjemmebaserede indsatser har ikke "
                        + "været nok. En plejefamilie tæt på hans skole giver ham en stabil hverdag. Mor og Viktor har "
                        + "givet samtykke.", "", true);
        waitFor(viktor, "Task_WritePlacementPlan");
        log.info("Demo data: 3 children's cases (measure running, approval pending, placement)");
        record.record(emil, viktor);
        networkMeeting(emil, "cnord1");
    }

    /** A TBS meeting about Emil, planned with the parents' consent; the statuses are being collected. */
    private void networkMeeting(String childCase, String caseworker) {
        Map<String, Object> in = new HashMap<>();
        for (String name : new String[] {"caseId", "childId", "teamId"}) {
            in.put(name, runtime.getVariable(childCase, name));
        }
        in.put("caseworker", caseworker);
        in.put("meetingKind", "TBS");
        in.put("dueDate", time.today().plusDays(21).toString());
        String meeting = runtime.startProcessInstanceByKey("networkMeeting",
                runtime.createProcessInstanceQuery().processInstanceId(childCase).singleResult().getBusinessKey(), in).getId();
        Map<String, Object> form = new HashMap<>();
        form.put("meetingAt", time.today().plusDays(14).atTime(9, 0).atZone(time.zone()).toOffsetDateTime().toString());
        form.put("placeKind", "SCHOOL");
        form.put("pii_place", "Skovvejens Skole, mødelokalet");
        form.put("pii_parent1Name", "Maria Nørby");
        form.put("pii_parent1Contact", "maria.norby@example.dk");
        form.put("pii_parent2Name", "Jonas Nørby");
        form.put("childInvited", false);
        form.put("pii_pro1Name", "Lise Lærer");
        form.put("pro1Role", "SCHOOL");
        form.put("pii_pro1Organisation", "Skovvejens Skole");
        form.put("pii_pro1Contact", "kontor@skovvejen.example");
        form.put("pii_pro1PartnerUser", "skolesystem");
        form.put("pii_pro2Name", "Hanne Holm");
        form.put("pro2Role", "HEALTH_VISITOR");
        form.put("pii_pro2Organisation", "Sundhedsplejen");
        form.put("pii_private1Name", "Mormor Inge Nørby");
        form.put("consentBasis", "CONSENT");
        form.put("pii_consentScope", "Skole, sundhedspleje og rådgiver må udveksle oplysninger om Emils trivsel og skolegang.");
        form.put("pii_consentGivenBy", "Maria og Jonas Nørby");
        form.put("pii_consentGivenOn", time.today().toString());
        form.put("pii_consentValidUntil", time.today().plusMonths(12).toString());
        complete(meeting, "Task_PrepareMeeting", caseworker, form);
        log.info("Demo data: a TBS network meeting about Emil, collecting statuses");
    }

    /** A concern routed to investigation; the case's investigation and plan done by {@code caseworker}. */
    private String caseFor(String cpr, String name, LocalDate born, String caseworker, int recommendedStep) {
        String concern = school(cpr, name, born, hoursAgo(3), ConcernLevel.SEVERE, false);
        assess(concern, false, ConcernLevel.SEVERE, false, false);
        decide(concern, caseworker, Route.INVESTIGATION, Map.of(IntakeProcess.CUSTODY_HOLDERS, CUSTODY_HOLDERS.get(name)));
        long concernId = ((Number) history.createHistoricVariableInstanceQuery().processInstanceId(concern)
                .variableName(IntakeProcess.CONCERN_ID).singleResult().getValue()).longValue();
        String childCase = awaitChildCase(concern, concernId);
        Map<String, Object> investigation = new HashMap<>();
        investigation.put("pii_icsHealth", "Sund, men sover dårligt.");
        investigation.put("pii_icsSchool", "Uro i klassen og fravær.");
        investigation.put("pii_icsSafeCare", "Forældrene er pressede og uenige om grænser.");
        investigation.put("pii_icsSocialNetwork", "Mormor bor tæt på og vil gerne hjælpe.");
        investigation.put("pii_childHeardOn", time.today().minusDays(10).toString());
        investigation.put("pii_childRulerCategory", recommendedStep >= 4 ? "4b" : "3");
        investigation.put(ChildCaseProcess.RECOMMENDED_STEP, String.valueOf(recommendedStep));
        investigation.put("pii_conclusion", "Barnet og familien har brug for støtte på trin " + recommendedStep + ".");
        complete(childCase, "Task_Investigate", caseworker, investigation);
        Map<String, Object> plan = new HashMap<>();
        plan.put("pii_childGoal1", "Barnet trives i skolen og har en god ven.");
        plan.put("pii_childGoal1Progress", "Skolen melder om færre konflikter; barnet fortæller om en ven.");
        plan.put("pii_childGoal1TargetDate", time.today().plusMonths(6).toString());
        plan.put("pii_parentGoal1", "Forældrene er enige om faste rammer og rutiner.");
        plan.put("pii_parentGoal1Progress", "Faste sengetider og morgenrutiner holder i en måned.");
        plan.put("pii_parentGoal1TargetDate", time.today().plusMonths(3).toString());
        complete(childCase, "Task_WritePlan", caseworker, plan);
        return childCase;
    }

    private void chooseMeasure(String childCase, String caseworker, String offerName, LocalDate start, int weeks,
                               String purpose) {
        long offerId = organisation.runAs(caseworker, () -> offers.find(null, null)).stream()
                .filter(offer -> offer.name().equals(offerName)).findFirst().orElseThrow().id();
        Map<String, Object> form = new HashMap<>();
        form.put(ChildCaseProcess.OFFER_ID, String.valueOf(offerId));
        form.put("pii_measureStartDate", start.toString());
        form.put("pii_measureDurationWeeks", (long) weeks);
        form.put("pii_measurePurpose", purpose);
        form.put("pii_childHeardOn", (start.isAfter(time.today()) ? time.today() : start).toString());
        complete(childCase, "Task_ChooseMeasure", caseworker, form);
        runJobs(childCase);
    }

    /** "Træf afgørelse" in the decision the case called: granted with consent, the letters written. */
    private void decide(String childCase, String caseworker, LocalDate decidedOn, String reasons, String custodyHolders,
                        boolean youngPersonConsents) {
        String decision = null;
        for (int attempt = 0; attempt < 150 && decision == null; attempt++) {
            runJobs(childCase);
            ProcessInstance called = runtime.createProcessInstanceQuery().superProcessInstanceId(childCase)
                    .processDefinitionKey(DecisionProcess.KEY).singleResult();
            decision = called == null ? null : called.getId();
        }
        if (decision == null) {
            throw new IllegalStateException("The demo case " + childCase + " did not reach its decision");
        }
        Map<String, Object> form = new HashMap<>();
        form.put(DecisionProcess.CHOICE, DecisionProcess.DecisionChoice.GRANT.name());
        form.put("pii_decidedOn", decidedOn.toString());
        form.put("pii_reasons", reasons);
        form.put(DecisionProcess.CUSTODY_CONSENT, "GIVEN");
        if (youngPersonConsents) {
            form.put(DecisionProcess.YOUNG_PERSON_CONSENT, "GIVEN");
        }
        form.put("pii_custodyHolders", custodyHolders);
        complete(decision, "Task_Decide", caseworker, form);
        runJobs(childCase);
    }

    /** Runs the instance's due jobs (or lets the job executor do it) until the child's case has started. */
    private String awaitChildCase(String concernProcess, long concernId) {
        for (int attempt = 0; attempt < 150; attempt++) {
            runJobs(concernProcess);
            ProcessInstance childCase = runtime.createProcessInstanceQuery().processDefinitionKey(ChildCaseProcess.KEY)
                    .variableValueEquals(ChildCaseProcess.CONCERN_ID, concernId).singleResult();
            if (childCase != null) {
                return childCase.getId();
            }
            pause();
        }
        throw new IllegalStateException("The child's case for concern " + concernId + " did not start");
    }

    private void waitFor(String processInstanceId, String taskKey) {
        for (int attempt = 0; attempt < 150; attempt++) {
            runJobs(processInstanceId);
            if (tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).count() > 0) {
                return;
            }
            pause();
        }
        throw new IllegalStateException("No task " + taskKey + " in " + processInstanceId);
    }

    /** The job executor runs too; whoever is first wins, and the loser's attempt is simply dropped. */
    private void runJobs(String processInstanceId) {
        for (Job job : management.createJobQuery().processInstanceId(processInstanceId).executable().list()) {
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException takenByTheJobExecutor) {
                log.debug("Job {} ran elsewhere: {}", job.getId(), takenByTheJobExecutor.getMessage());
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Herning's and Aabenraa's named offers per step (domain.md section 3). Between is a group course
     * for children of mentally ill parents; KIFF is Kursus i Fælles Forældreansvar, for separated
     * parents (issue 16, point 10).
     */
    static final List<OfferInput> CATALOGUE = List.of(
            offer("Åben rådgivning", "Anonym, åben rådgivning for familier", MeasureKind.ADVICE_GUIDANCE, 1, 0, 17, null),
            offer("DUÅ Baby", "De Utrolige År for forældre med spædbørn", MeasureKind.EARLY_PREVENTIVE, 1, 0, 1, 10),
            offer("De Utrolige År", "Gruppeforløb for forældre", MeasureKind.EARLY_PREVENTIVE, 1, 3, 8, 14),
            offer("Klar til barn", "Gruppeforløb for kommende forældre", MeasureKind.EARLY_PREVENTIVE, 1, 0, 0, 8),
            offer("Børn af psykisk syge forældre", "Gruppeforløb for børn", MeasureKind.EARLY_PREVENTIVE, 1, 6, 17, 10),
            offer("Forstå din teenager", "Gruppeforløb for forældre til teenagere", MeasureKind.EARLY_PREVENTIVE, 1, 12, 17, 8),
            offer("PMT-O", "Parent Management Training – Oregon", MeasureKind.FAMILY_TREATMENT, 2, 4, 12, 26),
            offer("FFT", "Functional Family Therapy", MeasureKind.FAMILY_TREATMENT, 2, 11, 17, 16),
            offer("Between", "Gruppeforløb for børn og unge, der har en psykisk syg forælder", MeasureKind.OTHER_HELP, 2, 7, 17, null),
            offer("KIFF", "Kursus i Fælles Forældreansvar: kursus for forældre, der er gået fra hinanden", MeasureKind.OTHER_HELP, 2, 0, 17, null),
            offer("ART", "Aggression Replacement Training", MeasureKind.OTHER_HELP, 2, 7, 17, 10),
            offer("Familiebehandlingspakke A", "Familiebehandling i 16 uger", MeasureKind.FAMILY_TREATMENT, 2, 0, 17, 16),
            offer("MST", "Multisystemisk terapi", MeasureKind.FAMILY_TREATMENT, 3, 12, 17, 20),
            offer("Broen", "Dagbehandling", MeasureKind.DAYCARE_SCHOOL, 3, 4, 14, null),
            offer("Munkgård", "Dagbehandlingstilbud med skole", MeasureKind.DAYCARE_SCHOOL, 3, 6, 13, null),
            offer("Ungeteam", "Støtte til unge", MeasureKind.CONTACT_PERSON, 3, 12, 22, null),
            offer("Støtte i eget hjem", "Praktisk, pædagogisk støtte i hjemmet", MeasureKind.PRACTICAL_SUPPORT_AT_HOME, 3, 0, 17, null),
            offer("Intensiv hjemmebaseret indsats", "Favrskov-modellen: 12 uger, to familiebehandlere", MeasureKind.INTENSIVE_HOME_INTERVENTION, 3, 0, 12, 12),
            offer("Anbringelse i netværk", "Netværksplejefamilie", MeasureKind.NETWORK_PLACEMENT, 4, 0, 17, null),
            offer("Familiepleje", "Anbringelse i plejefamilie", MeasureKind.FOSTER_CARE, 5, 0, 17, null),
            offer("TFCO", "Treatment Foster Care Oregon: 9-12 måneder i en træningsfamilie", MeasureKind.FOSTER_CARE, 5, 12, 17, 52),
            offer("Toften", "Tidsbegrænset anbringelse", MeasureKind.TIME_LIMITED_INSTITUTION, 6, 6, 17, null),
            offer("Claudisvej", "Tidsbegrænset anbringelse op til et år", MeasureKind.TIME_LIMITED_INSTITUTION, 6, 14, 18, 52),
            offer("Mejeriet", "Opholdssted", MeasureKind.INSTITUTION, 6, 14, 20, null));

    private void offerCatalogue() {
        CATALOGUE.forEach(offers::create);
    }

    private static OfferInput offer(String name, String description, MeasureKind kind, int step, int minAge, int maxAge,
                                    Integer weeks) {
        return new OfferInput(name, description, kind, step, minAge, maxAge, weeks, true);
    }

    private String school(String cpr, String name, LocalDate born, OffsetDateTime received, ConcernLevel level,
                          boolean abuse) {
        return register(new ConcernRegistration(NotifierType.PROFESSIONAL, "Skovvejens Skole",
                "kontor@skovvejen.example", new ConcernRegistration.Child(cpr, name, born), received,
                "Barnet er ofte træt og trist, har meget fravær og fortæller om uro derhjemme.", level, abuse));
    }

    private String register(ConcernRegistration registration) {
        RegisteredConcern concern = organisation.runAs("intake", () -> concerns.register(registration, null));
        return concern.processInstanceId();
    }

    private void assess(String processInstanceId, boolean acute, ConcernLevel level, boolean bounded, boolean motivated) {
        Map<String, Object> form = new HashMap<>();
        form.put(IntakeProcess.ACUTE_DANGER, acute);
        form.put(IntakeProcess.CONCERN_LEVEL, level.name());
        form.put(IntakeProcess.BOUNDED_PROBLEM, bounded);
        form.put(IntakeProcess.FAMILY_MOTIVATED, motivated);
        form.put(IntakeProcess.NOTE, "Vurderet ud fra underretningen og en samtale med skolen.");
        complete(processInstanceId, "Task_AssessConcern", "intake", form);
    }

    private void decide(String processInstanceId, String caseworker, Route route, Map<String, Object> extra) {
        Map<String, Object> form = new HashMap<>(extra);
        form.put(IntakeProcess.ROUTE, route.name());
        form.put(IntakeProcess.DIALOGUE_MEETING_FIRST, false);
        if (route == Route.INVESTIGATION) {
            form.put(IntakeProcess.INVESTIGATION_REASONS, "Skolen beskriver et barn i tiltagende mistrivsel med fravær og "
                    + "konflikter; en børnefaglig undersøgelse skal afdække barnets og familiens behov.");
            form.putIfAbsent(IntakeProcess.CUSTODY_HOLDERS, "Forældremyndighedens indehaver");
        }
        complete(processInstanceId, "Task_DecideRoute", caseworker, form);
    }

    private void complete(String processInstanceId, String taskKey, String userId, Map<String, Object> form) {
        waitFor(processInstanceId, taskKey);
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
        organisation.runAs(userId, () -> {
            tasks.complete(task.getId(), form);
            return null;
        });
    }

    private OffsetDateTime hoursAgo(long hours) {
        return time.now().minus(Duration.ofHours(hours)).atZone(time.zone()).toOffsetDateTime();
    }
}
