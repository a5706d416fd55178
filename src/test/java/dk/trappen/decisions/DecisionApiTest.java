package dk.trappen.decisions;

import static dk.trappen.testsupport.ApiClient.assertProblem;
import static dk.trappen.testsupport.ApiClient.errorFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dk.trappen.casefile.CaseRef;
import dk.trappen.casefile.ChildCases;
import dk.trappen.casefile.ChildPlans;
import dk.trappen.casefile.ChildRegistry;
import dk.trappen.casefile.GoalParty;
import dk.trappen.letters.LetterView;
import dk.trappen.letters.Letters;
import dk.trappen.organisation.CurrentUser;
import dk.trappen.organisation.Organisation;
import dk.trappen.outbox.Outbox;
import dk.trappen.outbox.OutboxDispatcher;
import dk.trappen.platform.ConflictException;
import dk.trappen.platform.InvalidInputException;
import dk.trappen.staircase.MeasureKind;
import dk.trappen.staircase.MeasureView;
import dk.trappen.staircase.Measures;
import dk.trappen.staircase.OfferCatalogue;
import dk.trappen.testsupport.ApiClient;
import dk.trappen.testsupport.ApiClient.Reply;
import dk.trappen.testsupport.EngineDriver;
import dk.trappen.testsupport.RecordScenarios;
import dk.trappen.testsupport.TrappenTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

/**
 * Decisions, hearings, the children and youth committee's path and the letters, over real HTTP and
 * through the public services the process adapters call: consent refused with the law's reason,
 * the § 47 path with the chair's provisional decision confirmed and lapsing, the hearing answered
 * and expired, the letters as PDF and HTML and handed to Digital Post, and none of the record's
 * text in any engine table.
 */
@TrappenTest
class DecisionApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ChildRegistry registry;
    @Autowired
    ChildCases cases;
    @Autowired
    ChildPlans plans;
    @Autowired
    Measures measures;
    @Autowired
    dk.trappen.casefile.Investigations investigations;
    @Autowired
    OfferCatalogue catalogue;
    @Autowired
    Organisation organisation;
    @Autowired
    Decisions decisions;
    @Autowired
    Letters letters;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    dk.trappen.intake.ConcernService concerns;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient http;
    RecordScenarios record;
    EngineDriver engine;
    RestClient raw;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
        record = new RecordScenarios(registry, cases, measures, catalogue, organisation, investigations);
        engine = new EngineDriver(processEngine);
        raw = RestClient.builder().baseUrl("http://localhost:" + port).requestFactory(new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build())).build();
    }

    @AfterEach
    void resetClock() {
        engine.resetClock();
    }

    static Map<String, Object> grant(MeasureView measure, String rule) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "MEASURE_GRANTED");
        body.put("measureId", measure.id());
        body.put("legalRuleCode", rule);
        body.put("decidedOn", LocalDate.now().toString());
        body.put("reasons", "Familien har brug for støtte til faste rammer, og forældrene ønsker hjælpen.");
        body.put("childHeardOn", LocalDate.now().minusDays(2).toString());
        body.put("custodyConsent", "GIVEN");
        body.put("youngPersonConsent", "NOT_REQUIRED");
        body.put("custodyHolders", List.of("Mette Testesen", "Lars Testesen"));
        return body;
    }

    long decisionsOf(long caseId) {
        return jdbc.queryForObject("select count(*) from decision where case_id = ?", Long.class, caseId);
    }

    long accessRows(long childId) {
        return jdbc.queryForObject("select count(*) from child_access_log where child_id = ?", Long.class, childId);
    }

    byte[] pdf(String user, long letterId, int[] status) {
        return raw.get().uri("/api/letters/" + letterId).header("Accept", "application/pdf")
                .headers(h -> h.setBasicAuth(user, ApiClient.password(user), StandardCharsets.UTF_8))
                .exchange((req, res) -> {
                    status[0] = res.getStatusCode().value();
                    return res.getBody().readAllBytes();
                });
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // In the order a reader sees it (openhtmltopdf draws inline runs after their block's text).
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aGrantWithConsentIsListedInTheContractsShapeWithItsLettersAsPdfAndHtml() throws IOException {
        // 11 years old: a party (Barnets lov § 3, from 10), so the child gets a letter too.
        CaseRef ref = record.openCase("Afgørelse Testesen", LocalDate.now().minusYears(11), "nord", "cnord1");
        MeasureView measure = record.measure(ref, MeasureKind.FAMILY_TREATMENT, 2, "KIFF");
        Reply created = http.post("cnord1", "/api/cases/" + ref.id() + "/decisions", grant(measure, "MEASURE_FAMILY_TREATMENT"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        long before = accessRows(ref.childId());
        Reply list = http.get("cnord2", "/api/cases/" + ref.id() + "/decisions");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(accessRows(ref.childId())).as("the read is audit-logged").isEqualTo(before + 1);
        JsonNode decision = list.json().get(0);
        assertThat(decision.path("id").asLong()).isPositive();
        assertThat(decision.path("kind").asText()).isEqualTo("MEASURE_GRANTED");
        assertThat(decision.path("legalBasis").asText()).isEqualTo("Barnets lov § 32 stk. 1 nr. 5");
        assertThat(decision.path("decidedOn").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(decision.path("decidedBy").asText()).isEqualTo("cnord1");
        assertThat(decision.path("consent").path("custodyHolders").asText()).isEqualTo("GIVEN");
        assertThat(decision.path("consent").path("youngPerson").asText()).isEqualTo("NOT_REQUIRED");
        assertThat(decision.path("childHeard").path("heldOn").asText()).isEqualTo(LocalDate.now().minusDays(2).toString());
        assertThat(decision.path("childHeard").has("reason")).isFalse();
        assertThat(decision.has("hearing")).as("hearing is written as null").isTrue();
        assertThat(decision.path("hearing").isNull()).isTrue();
        assertThat(decision.path("letterIds")).hasSize(3);

        long toMother = decision.path("letterIds").get(0).asLong();
        int[] status = new int[1];
        byte[] pdf = pdf("lnord", toMother, status);
        assertThat(status[0]).isEqualTo(200);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String letter = text(pdf);
        assertThat(letter).contains("Mette Testesen", "Bevilling af indsats", "Barnets lov § 32 stk. 1 nr. 5",
                "Familien har brug for støtte", "4 uger", "Ankestyrelsen", "Trappen Kommune");
        Reply html = http.send(org.springframework.http.HttpMethod.GET, "/api/letters/" + toMother, "cnord1", "demo", null,
                h -> h.set("Accept", "text/html"));
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.headers().getContentType().toString()).startsWith("text/html");
        assertThat(html.body()).contains("Hvis du vil klage", "Mette Testesen");
        String toChild = text(pdf("cnord1", decision.path("letterIds").get(2).asLong(), status));
        assertThat(toChild).contains("Kære Afgørelse Testesen", "Du må gerne klage");

        assertProblem(http.get("csyd1", "/api/cases/" + ref.id() + "/decisions"), 403);
        pdf("csyd1", toMother, status);
        assertThat(status[0]).isEqualTo(403);

        // Queued in the outbox with the PDF attached, and handed to Digital Post (the logging adapter here).
        List<LetterView> written = new ArrayList<>();
        CurrentUser reader = organisation.user("cnord1");
        for (JsonNode id : decision.path("letterIds")) {
            written.add(letters.letter(id.asLong(), reader, dk.trappen.casefile.AccessChannel.API));
        }
        assertThat(written).allSatisfy(l -> assertThat(l.outboxId()).isNotNull());
        assertThat(written).extracting(LetterView::recipient).containsExactly("Mette Testesen", "Lars Testesen",
                "Afgørelse Testesen");
        dispatcher.dispatchReady(1000);
        assertThat(written).allSatisfy(l -> assertThat(outbox.isSent(l.outboxId())).isTrue());
    }

    @Test
    void aChildUnderTenGetsNoLetterAndAReissuedLetterIsANewVersionKeepingTheOld() {
        CaseRef ref = record.openCase("Lille Testesen", LocalDate.now().minusYears(6), "nord", "cnord1");
        MeasureView measure = record.measure(ref, MeasureKind.PRACTICAL_SUPPORT_AT_HOME, 3, "Støtte i hjemmet");
        CurrentUser user = organisation.user("cnord1");
        DecisionView decision = decisions.record(ref.id(), new DecisionInput(DecisionKind.MEASURE_GRANTED, measure.id(),
                "MEASURE_PRACTICAL_SUPPORT_AT_HOME", LocalDate.now(), null, "Forældrene har brug for praktisk støtte.",
                null, "Barnet er 6 år og blev inddraget gennem observation i hjemmet.", Consent.GIVEN, null, null,
                List.of("Eneste Forælder")), user);
        assertThat(decision.letterIds()).hasSize(1);
        assertThat(decision.childHeard().reason()).startsWith("Barnet er 6 år");
        decisions.reissueLetters(decision.id(), user);
        LetterView letter = letters.letter(decision.letterIds().get(0), user, dk.trappen.casefile.AccessChannel.API);
        assertThat(letter.version()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from case_letter_version where letter_id = ?", Long.class,
                letter.id())).isEqualTo(2);
    }

    @Test
    void consentRefusedForAPlacementIsRefusedWithTheLawsReasonAndNothingIsStored() throws IOException {
        // 16 years old: the young person's consent is needed too (§ 46, from 15).
        CaseRef ref = record.openCase("Anbringelse Testesen", LocalDate.now().minusYears(16), "syd", "csyd1");
        MeasureView placement = record.measure(ref, MeasureKind.FOSTER_CARE, 5, "Familiepleje");
        Map<String, Object> refused = grant(placement, "MEASURE_FOSTER_CARE");
        refused.put("custodyConsent", "REFUSED");
        refused.put("youngPersonConsent", "GIVEN");
        refused.put("approvedBy", "lsyd");
        Reply reply = http.post("csyd1", "/api/cases/" + ref.id() + "/decisions", refused);
        assertProblem(reply, 400);
        assertThat(errorFields(reply)).containsExactly("custodyConsent");
        assertThat(reply.json().path("errors").get(0).path("message").asText())
                .contains("ikke en afgørelse efter Barnets lov § 46", "børne- og ungeudvalget", "§ 47");

        Map<String, Object> youngNotAsked = grant(placement, "MEASURE_FOSTER_CARE");
        Reply young = http.post("csyd1", "/api/cases/" + ref.id() + "/decisions", youngNotAsked);
        assertThat(errorFields(young)).containsExactlyInAnyOrder("youngPersonConsent", "approvedBy");
        assertThat(young.json().path("detail").asText()).contains("fyldt 15 år");

        Map<String, Object> youngRefused = grant(placement, "MEASURE_FOSTER_CARE");
        youngRefused.put("youngPersonConsent", "REFUSED");
        youngRefused.put("approvedBy", "lsyd");
        assertThat(http.post("csyd1", "/api/cases/" + ref.id() + "/decisions", youngRefused).json().path("detail").asText())
                .contains("§ 47");

        Map<String, Object> typed = grant(placement, "Barnets lov § 46");
        typed.put("childHeardOn", null);
        Reply wrong = http.post("csyd1", "/api/cases/" + ref.id() + "/decisions", typed);
        assertThat(errorFields(wrong)).contains("legalRuleCode", "childNotHeardReason");

        MeasureView support = record.measure(ref, MeasureKind.CONTACT_PERSON, 2, "Kontaktperson");
        Map<String, Object> noConsent = grant(support, "MEASURE_CONTACT_PERSON");
        noConsent.put("custodyConsent", "NOT_REQUIRED");
        Reply section32 = http.post("csyd1", "/api/cases/" + ref.id() + "/decisions", noConsent);
        assertThat(errorFields(section32)).containsExactly("custodyConsent");
        assertThat(section32.json().path("detail").asText()).contains("§ 32", "§§ 37–41");

        Map<String, Object> early = grant(support, "MEASURE_EARLY_PREVENTIVE");
        assertThat(http.post("csyd1", "/api/cases/" + ref.id() + "/decisions", early).json().path("detail").asText())
                .contains("§ 30");
        Map<String, Object> empty = new HashMap<>(grant(support, "MEASURE_CONTACT_PERSON"));
        empty.put("reasons", " ");
        empty.put("custodyHolders", List.of());
        assertThat(errorFields(http.post("csyd1", "/api/cases/" + ref.id() + "/decisions", empty)))
                .containsExactlyInAnyOrder("reasons", "custodyHolders");
        assertProblem(http.post("csyd1", "/api/cases/" + ref.id() + "/decisions", Map.of("kind", "MEASURE_GRANTED",
                "consent", "GIVEN")), 400);
        assertProblem(http.post("cnord1", "/api/cases/" + ref.id() + "/decisions", grant(support, "MEASURE_CONTACT_PERSON")), 403);
        assertThat(decisionsOf(ref.id())).isZero();

        Map<String, Object> consented = grant(placement, "MEASURE_FOSTER_CARE");
        consented.put("youngPersonConsent", "GIVEN");
        consented.put("approvedBy", "lsyd");
        Reply placed = http.post("csyd1", "/api/cases/" + ref.id() + "/decisions", consented);
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(placed.json().path("legalBasis").asText()).isEqualTo("Barnets lov § 43 stk. 1 nr. 2, § 46");
        assertThat(placed.json().path("approvedBy").asText()).isEqualTo("lsyd");
        assertThat(placed.json().path("consent").path("youngPerson").asText()).isEqualTo("GIVEN");
    }

    void plan(CaseRef ref) {
        plans.write(ref.id(), List.of(
                new ChildPlans.GoalInput("pii_childGoal1", GoalParty.CHILD, "Går i skole hver dag.", "Fremmøde 90 %.",
                        LocalDate.now().plusMonths(6)),
                new ChildPlans.GoalInput("pii_parentGoal1", GoalParty.PARENTS, "Holder samvær.", "Hver uge.",
                        LocalDate.now().plusMonths(3))), null, ref.caseworker());
    }

    CommitteeDecisionInput committee(LocalDate decidedOn, Long confirms) {
        return new CommitteeDecisionInput(decidedOn, "Barnets sikkerhed kan ikke sikres hjemme.", decidedOn.minusDays(1),
                null, Consent.REFUSED, Consent.REFUSED, null, List.of("Mor Testesen", "Far Testesen"), confirms);
    }

    @Test
    void withoutConsentThePlacementGoesToTheCommitteeAndTheChairsProvisionalDecisionIsConfirmedInTime() {
        CaseRef ref = record.openCase("Udvalg Testesen", LocalDate.now().minusYears(15), "syd", "csyd1");
        MeasureView placement = record.measure(ref, MeasureKind.INSTITUTION, 6, "Opholdssted");
        CurrentUser user = organisation.user("csyd1");

        assertThatThrownBy(() -> decisions.submitToCommittee(ref.id(), new CommitteeSubmissionInput(placement.id(),
                "Indstilling om anbringelse uden samtykke.", LocalDate.now(), null, null), user))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("legalAidOfferedOn");
                            assertThat(p.message()).contains("gratis advokatbistand", "fra 12 år", "§ 140");
                        }));
        CommitteeSubmissionView submission = decisions.submitToCommittee(ref.id(), new CommitteeSubmissionInput(
                placement.id(), "Indstilling om anbringelse uden samtykke.", LocalDate.now(), LocalDate.now(),
                LocalDate.now().plusDays(10)), user);

        DecisionView provisional = decisions.recordChairProvisional(submission.id(), committee(LocalDate.now(), null), user);
        assertThat(provisional.kind()).isEqualTo(DecisionKind.CHAIR_PROVISIONAL_PLACEMENT);
        assertThat(provisional.decidedBy()).isEqualTo("Børne- og ungeudvalgets formand");
        assertThat(provisional.legalBasis()).isEqualTo("Barnets lov § 143 stk. 4");
        assertThat(provisional.provisional().confirmBy()).isEqualTo(LocalDate.now().plusDays(7));
        assertThat(provisional.provisional().status()).isEqualTo(ProvisionalStatus.PENDING);
        assertThatThrownBy(() -> decisions.expireProvisional(provisional.id())).isInstanceOf(ConflictException.class);

        // The committee needs the child's plan first (§ 47).
        assertThatThrownBy(() -> decisions.recordCommitteeDecision(submission.id(), committee(LocalDate.now(),
                provisional.id()), user)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getMessage()).contains("barnets plan"));
        plan(ref);
        // With consent it is no committee matter.
        assertThatThrownBy(() -> decisions.recordCommitteeDecision(submission.id(), new CommitteeDecisionInput(
                LocalDate.now(), "Begrundelse.", LocalDate.now(), null, Consent.GIVEN, Consent.GIVEN, null,
                List.of("Mor"), null), user)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getMessage()).contains("§ 46"));

        DecisionView confirmed = decisions.recordCommitteeDecision(submission.id(), committee(LocalDate.now(),
                provisional.id()), user);
        assertThat(confirmed.kind()).isEqualTo(DecisionKind.COMMITTEE_PLACEMENT);
        assertThat(confirmed.legalBasis()).isEqualTo("Barnets lov § 47");
        assertThat(confirmed.decidedBy()).isEqualTo("Børne- og ungeudvalget");
        assertThat(confirmed.letterIds()).hasSize(3);
        assertThat(letters.html(confirmed.letterIds().get(0), user, dk.trappen.casefile.AccessChannel.API))
                .contains("Afgørelsen er truffet af børne- og ungeudvalget").doesNotContain("Vi ser på sagen igen");
        assertThat(decisions.decisionsOfCase(ref.id())).filteredOn(d -> d.id() == provisional.id()).singleElement()
                .satisfies(d -> assertThat(d.provisional().status()).isEqualTo(ProvisionalStatus.CONFIRMED));
        assertThat(decisions.expireProvisional(provisional.id())).isEqualTo(ProvisionalStatus.CONFIRMED);
    }

    @Test
    void aProvisionalDecisionTheCommitteeDoesNotConfirmInTimeLapses() {
        CaseRef ref = record.openCase("Bortfald Testesen", LocalDate.now().minusYears(13), "syd", "csyd1");
        plan(ref);
        CurrentUser user = organisation.user("csyd1");
        CommitteeSubmissionView submission = decisions.submitToCommittee(ref.id(), new CommitteeSubmissionInput(null,
                "Akut indstilling.", LocalDate.now(), LocalDate.now(), null), user);
        DecisionView provisional = decisions.recordChairProvisional(submission.id(), committee(LocalDate.now(), null), user);

        engine.setClock(LocalDate.now().plusDays(8), 9); // the 7 days of the legal table have run out
        assertThat(decisions.expireProvisional(provisional.id())).isEqualTo(ProvisionalStatus.LAPSED);
        assertThatThrownBy(() -> decisions.recordCommitteeDecision(submission.id(),
                committee(LocalDate.now().plusDays(8), provisional.id()), user))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("confirms")));
    }

    @Test
    void theDecisionWaitsForTheHearingsAnswerOrItsDeadline() throws IOException {
        CaseRef ref = record.openCase("Høring Testesen", LocalDate.now().minusYears(9), "nord", "cnord1");
        MeasureView measure = record.measure(ref, MeasureKind.FAMILY_TREATMENT, 2, "Familiebehandling");
        Reply sent = http.post("cnord1", "/api/cases/" + ref.id() + "/hearings", Map.of("subject",
                "Vi agter at afslå ønsket om aflastning, fordi skolens udtalelse viser god trivsel.",
                "sentOn", LocalDate.now().toString(), "custodyHolders", List.of("Mor Høring")));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(sent.json().path("answerDueOn").asText()).isEqualTo(LocalDate.now().plusDays(14).toString());
        long hearingId = sent.json().path("id").asLong();
        assertThat(jdbc.queryForObject("select count(*) from case_letter where hearing_id = ?", Long.class, hearingId))
                .isEqualTo(1);

        Map<String, Object> early = grant(measure, "MEASURE_FAMILY_TREATMENT");
        early.put("hearingId", hearingId);
        Reply tooEarly = http.post("cnord1", "/api/cases/" + ref.id() + "/decisions", early);
        assertThat(errorFields(tooEarly)).containsExactly("hearingId");
        assertThat(decisions.hearingAllowsDecision(hearingId, LocalDate.now())).isFalse();

        assertThat(errorFields(http.post("cnord1", "/api/hearings/" + hearingId + "/answer", Map.of("answer", "Vi er uenige."))))
                .containsExactly("answeredOn");
        Reply answered = http.post("cnord1", "/api/hearings/" + hearingId + "/answer", Map.of("answeredOn",
                LocalDate.now().toString(), "answer", "Vi er uenige: Emil er træt efter skole."));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertProblem(http.post("cnord1", "/api/hearings/" + hearingId + "/answer", Map.of("answeredOn",
                LocalDate.now().toString(), "answer", "Igen.")), 400);

        Reply decided = http.post("cnord1", "/api/cases/" + ref.id() + "/decisions", early);
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        assertThat(decided.json().path("hearing").path("answeredOn").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(decided.json().path("hearing").path("answer").asText()).startsWith("Vi er uenige");

        // Unanswered: the decision may be made once the answer's time has run out.
        Reply unanswered = http.post("cnord1", "/api/cases/" + ref.id() + "/hearings", Map.of("subject", "Ophør.",
                "sentOn", LocalDate.now().minusDays(20).toString(), "custodyHolders", List.of("Mor Høring")));
        Map<String, Object> ending = grant(measure, "MEASURE_FAMILY_TREATMENT");
        ending.put("kind", "MEASURE_ENDED");
        ending.put("custodyConsent", null);
        ending.put("hearingId", unanswered.json().path("id").asLong());
        Reply ended = http.post("cnord1", "/api/cases/" + ref.id() + "/decisions", ending);
        assertThat(ended.status()).as(ended.body()).isEqualTo(201);
        assertThat(ended.json().path("consent").path("custodyHolders").asText()).isEqualTo("NOT_REQUIRED");
        int[] status = new int[1];
        assertThat(text(pdf("cnord1", ended.json().path("letterIds").get(0).asLong(), status)))
                .contains("Vi fik ikke et svar inden fristen");
    }

    @Test
    void theCasePageShowsOneChronologicalJournalWithTheProcesssOwnEventsAndOpensTheLetter() throws IOException {
        org.camunda.bpm.engine.runtime.ProcessInstance pi = new dk.trappen.testsupport.CaseScenarios(engine, concerns)
                .planned(LocalDate.now().minusYears(10));
        long caseId = ((Number) processEngine.getRuntimeService().getVariable(pi.getId(), "caseId")).longValue();
        CaseRef ref = cases.ref(caseId);
        MeasureView measure = record.measure(ref, MeasureKind.FAMILY_TREATMENT, 2, "Familieforløb");
        assertThat(http.post("cnord1", "/api/cases/" + caseId + "/notes", Map.of("kind", "HOME_VISIT",
                "occurredOn", LocalDate.now().minusDays(3).toString(), "text", "Hjemmebesøg: roligt i familien.")).status())
                .isEqualTo(201);
        long letterId = decisions.record(caseId, new DecisionInput(DecisionKind.MEASURE_GRANTED, measure.id(),
                "MEASURE_FAMILY_TREATMENT", LocalDate.now(), null, "Forældrene ønsker familiebehandling.",
                LocalDate.now(), null, Consent.GIVEN, null, null, List.of("Mor Side")), organisation.user("cnord1"))
                .letterIds().get(0);

        long before = accessRows(ref.childId());
        String session = http.tasklistSession("cnord1");
        Reply page = http.page(session, "/app/cases/" + caseId);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Journal", "Notat – Hjemmebesøg", "Hjemmebesøg: roligt i familien.",
                "Afgørelse", "Bevilling af indsats – Barnets lov § 32 stk. 1 nr. 5", "Brev – Afgørelse",
                "/app/letters/" + letterId, "Opgave udført", "Gennemfør børnefaglig undersøgelse");
        assertThat(page.body().indexOf("Hjemmebesøg: roligt")).as("oldest first")
                .isLessThan(page.body().indexOf("Brev – Afgørelse"));
        assertThat(accessRows(ref.childId())).as("the page's read is audit-logged").isGreaterThan(before);

        Reply letter = http.page(session, "/app/letters/" + letterId);
        assertThat(letter.status()).isEqualTo(200);
        assertThat(letter.headers().getContentType().toString()).isEqualTo("application/pdf");
        assertThat(letter.body()).startsWith("%PDF-");
        assertThat(http.page(http.tasklistSession("csyd1"), "/app/letters/" + letterId).status()).isEqualTo(403);

        Reply journal = http.get("lnord", "/api/cases/" + caseId + "/journal");
        assertThat(journal.json()).extracting(e -> e.path("kind").asText())
                .contains("Notat – Hjemmebesøg", "Afgørelse", "Brev – Afgørelse", "Opgave udført");
        assertProblem(http.get("csyd1", "/api/cases/" + caseId + "/journal"), 403);
    }

    @Test
    void noReasonViewHearingOrNoteTextReachesAnyEngineTable() {
        CaseRef ref = record.openCase("Hemmelig Testesen", LocalDate.now().minusYears(12), "syd", "csyd2");
        plan(ref);
        MeasureView measure = record.measure(ref, MeasureKind.FAMILY_TREATMENT, 2, "Behandling");
        CurrentUser user = organisation.user("csyd2");
        List<String> secrets = List.of("HEMMELIG-BEGRUNDELSE-7Q", "HEMMELIG-SYNSPUNKT-7Q", "HEMMELIG-HØRING-7Q",
                "HEMMELIG-SVAR-7Q", "HEMMELIG-INDSTILLING-7Q", "HEMMELIG-FORÆLDER-7Q", "HEMMELIG-NOTAT-7Q");
        HearingView hearing = decisions.sendHearing(ref.id(), new HearingInput(secrets.get(2),
                LocalDate.now().minusDays(1), null, List.of(secrets.get(5))), user);
        decisions.recordHearingAnswer(hearing.id(), LocalDate.now(), secrets.get(3), user);
        decisions.record(ref.id(), new DecisionInput(DecisionKind.MEASURE_GRANTED, measure.id(), "MEASURE_FAMILY_TREATMENT",
                LocalDate.now(), null, secrets.get(0), null, secrets.get(1), Consent.GIVEN, Consent.NOT_REQUIRED,
                hearing.id(), List.of(secrets.get(5))), user);
        CommitteeSubmissionView submission = decisions.submitToCommittee(ref.id(), new CommitteeSubmissionInput(null,
                secrets.get(4), LocalDate.now(), LocalDate.now(), null), user);
        decisions.recordCommitteeDecision(submission.id(), new CommitteeDecisionInput(LocalDate.now(), secrets.get(0),
                null, secrets.get(1), Consent.REFUSED, Consent.NOT_REQUIRED, null, List.of(secrets.get(5)), null), user);
        http.post("csyd2", "/api/cases/" + ref.id() + "/notes", Map.of("kind", "HOME_VISIT",
                "occurredOn", LocalDate.now().toString(), "text", secrets.get(6)));
        assertThat(http.get("csyd2", "/api/cases/" + ref.id() + "/journal").body()).contains(secrets.get(0), secrets.get(6));
        dispatcher.dispatchReady(1000);

        assertThat(findInEngineTables(secrets)).isEmpty();
    }

    private List<String> findInEngineTables(List<String> secrets) {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
                + "where upper(table_name) like 'ACT\\_%' escape '\\' and upper(table_schema) not in ('INFORMATION_SCHEMA','PG_CATALOG')",
                String.class);
        assertThat(tables).as("engine tables found").hasSizeGreaterThan(40);
        List<String> found = new ArrayList<>();
        for (String table : tables) {
            jdbc.query("select * from " + table, rs -> {
                int columns = rs.getMetaData().getColumnCount();
                for (int i = 1; i <= columns; i++) {
                    String value = text(rs.getObject(i));
                    for (String secret : secrets) {
                        if (value != null && value.contains(secret)) {
                            found.add(table + "." + rs.getMetaData().getColumnName(i) + " contains " + secret);
                        }
                    }
                }
            });
        }
        return found;
    }

    private static String text(Object value) throws SQLException {
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (value instanceof Blob blob) {
            return new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.UTF_8);
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return value == null ? null : value.toString();
    }
}
