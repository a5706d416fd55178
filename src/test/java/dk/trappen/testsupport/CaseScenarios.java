package dk.trappen.testsupport;

import static dk.trappen.testsupport.Forms.form;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import dk.trappen.intake.ConcernLevel;
import dk.trappen.intake.ConcernService;
import dk.trappen.intake.RegisteredConcern;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Children's cases the way they start in real life: a concern, assessed and routed to investigation. */
public final class CaseScenarios {

    private final EngineDriver engine;
    private final ConcernService concerns;

    public CaseScenarios(EngineDriver engine, ConcernService concerns) {
        this.engine = engine;
        this.concerns = concerns;
    }

    /** The caseworker who routes (and so owns) a case of a child born on {@code birthDate}. */
    public static String caseworkerFor(LocalDate birthDate) {
        return birthDate.isAfter(LocalDate.now().minusYears(12)) ? "cnord1" : "csyd1";
    }

    /** A severe concern about a new child with this CPR number, routed to investigation; its childCase instance. */
    public ProcessInstance fromIntake(String cpr, String name, LocalDate birthDate, OffsetDateTime receivedAt,
                                      Map<String, Object> assessmentExtras) {
        RegisteredConcern concern = engine.as("intake", () -> concerns.register(Concerns.professional(
                cpr, name, birthDate, receivedAt, ConcernLevel.SEVERE, false), null));
        Map<String, Object> assessment = form("acuteDanger", false, "concernLevel", "SEVERE", "boundedProblem", false,
                "familyMotivated", false, "pii_note", "Alvorlig bekymring.");
        assessment.putAll(assessmentExtras);
        engine.complete("intake", concern.processInstanceId(), "Task_AssessConcern", assessment);
        String router = assessmentExtras.containsKey("secondAssessor") ? (String) assessmentExtras.get("secondAssessor")
                : caseworkerFor(birthDate);
        engine.complete(router, concern.processInstanceId(), "Task_DecideRoute",
                form("route", "INVESTIGATION", "dialogueMeetingFirst", false,
                        "pii_investigationReasons", "Skolen beskriver et barn i mistrivsel; vi skal afdække hvorfor.",
                        "pii_custodyHolders", "Mor Hansen\nFar Hansen"));
        engine.runDueJobs(concern.processInstanceId());
        return engine.engine().getRuntimeService().createProcessInstanceQuery().processDefinitionKey("childCase")
                .variableValueEquals("caseId", caseIdOf(concern.processInstanceId())).singleResult();
    }

    /**
     * A new concern about a child whose case runs, assessed by intake with {@code secondAssessor}
     * (who has not worked on the case, § 137) and passed to the case: its id. The case then waits
     * at "Genvurdér sagen" (or, when acute, the concern went to acute action instead).
     */
    public long concernOnOpenCase(String cpr, String name, LocalDate birthDate, boolean abuse, String secondAssessor) {
        RegisteredConcern concern = engine.as("intake", () -> concerns.register(Concerns.professional(
                cpr, name, birthDate, OffsetDateTime.ofInstant(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime()
                        .toInstant(), EngineDriver.ZONE).minusHours(1), ConcernLevel.ILL_BEING, abuse), null));
        engine.complete("intake", concern.processInstanceId(), "Task_AssessConcern", form("acuteDanger", false,
                "concernLevel", "ILL_BEING", "boundedProblem", false, "familyMotivated", false,
                "pii_note", "Ny bekymring.", "secondAssessor", secondAssessor));
        engine.runDueJobs(concern.processInstanceId());
        return concern.id();
    }

    /**
     * A child in acute danger whom "Handl akut" placed with {@code placementOfferId} today (team nord's
     * leader acts): the case's childCase instance, its acute placement granted, the investigation beside it.
     */
    public ProcessInstance acutelyPlaced(LocalDate birthDate, long placementOfferId) {
        return acutelyPlaced(Concerns.newCpr(birthDate), "Akut Testbarn", birthDate, placementOfferId, null);
    }

    /** As above for a known child; {@code secondAssessor} when the child has an open case (§ 137), else null. */
    public ProcessInstance acutelyPlaced(String cpr, String name, LocalDate birthDate, long placementOfferId,
                                         String secondAssessor) {
        RegisteredConcern concern = engine.as("intake", () -> concerns.register(Concerns.professional(
                cpr, name, birthDate, OffsetDateTime.ofInstant(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime()
                        .toInstant(), EngineDriver.ZONE).minusHours(1), ConcernLevel.SEVERE, false), null));
        Map<String, Object> assessment = form("acuteDanger", true, "concernLevel", "SEVERE", "boundedProblem", false,
                "familyMotivated", false, "pii_note", "Barnet er i akut fare.");
        if (secondAssessor != null) {
            assessment.put("secondAssessor", secondAssessor);
        }
        engine.complete("intake", concern.processInstanceId(), "Task_AssessConcern", assessment);
        engine.complete("lnord", concern.processInstanceId(), "Task_ActAcutely", form("acuteAction", "PLACEMENT",
                "offerId", String.valueOf(placementOfferId), "pii_placementStartDate", LocalDate.now().toString(),
                "pii_note", "Barnet er anbragt akut i plejefamilie."));
        engine.runDueJobs(concern.processInstanceId());
        return engine.engine().getRuntimeService().createProcessInstanceQuery().processDefinitionKey("childCase")
                .variableValueEquals("caseId", caseIdOf(concern.processInstanceId())).singleResult();
    }

    public ProcessInstance fromIntake(LocalDate birthDate, OffsetDateTime receivedAt) {
        return fromIntake(Concerns.newCpr(birthDate), "Testbarn", birthDate, receivedAt, Map.of());
    }

    private Object caseIdOf(String intakeInstance) {
        return engine.engine().getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(intakeInstance)
                .variableName("caseId").singleResult().getValue();
    }

    /**
     * A case of a child born on {@code birthDate} whose investigation (step 2 recommended) and plan
     * (one goal for the child, one for the parents) are done: it waits at "Vælg indsats".
     */
    public ProcessInstance planned(LocalDate birthDate) {
        return planned(Concerns.newCpr(birthDate), "Testbarn", birthDate);
    }

    public ProcessInstance planned(String cpr, String name, LocalDate birthDate) {
        ProcessInstance pi = fromIntake(cpr, name, birthDate, OffsetDateTime.now().minusHours(1), Map.of());
        String caseworker = caseworkerFor(birthDate);
        engine.complete(caseworker, pi.getId(), "Task_Investigate", form("pii_childHeardOn", LocalDate.now().toString(),
                "pii_childRulerCategory", "3", "recommendedStep", "2", "pii_conclusion", "Støtte er nødvendig."));
        engine.complete(caseworker, pi.getId(), "Task_WritePlan", form(
                "pii_childGoal1", "Barnet trives i skolen.", "pii_childGoal1Progress", "Fremmøde over 90 %.",
                "pii_childGoal1TargetDate", LocalDate.now().plusMonths(6).toString(),
                "pii_parentGoal1", "Faste rutiner.", "pii_parentGoal1Progress", "Barnet kommer til tiden.",
                "pii_parentGoal1TargetDate", LocalDate.now().plusMonths(3).toString()));
        return pi;
    }

    /**
     * Chooses the offer from {@code start} for {@code weeks} as the case's caseworker, has the team
     * leader approve it where the decision grantingAuthority asks for that, runs the grant, and
     * returns the granted measure's id.
     */
    public long grant(ProcessInstance pi, long offerId, LocalDate start, long weeks, String caseworker, String teamLeader) {
        engine.complete(caseworker, pi.getId(), "Task_ChooseMeasure", form("offerId", String.valueOf(offerId),
                "pii_childHeardOn", start.isAfter(LocalDate.now()) ? LocalDate.now().toString() : start.toString(),
                "pii_measureStartDate", start.toString(), "pii_measureDurationWeeks", weeks,
                "pii_measurePurpose", "Barnet skal trives."));
        if (engine.engine().getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_ApproveMeasure").count() > 0) {
            engine.complete(teamLeader, pi.getId(), "Task_ApproveMeasure", form("approval", "APPROVED"));
        }
        engine.decideToGrant(pi.getId());
        return ((Number) engine.engine().getRuntimeService().getVariable(pi.getId(), "measureId")).longValue();
    }
}
