package dk.trappen.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dk.trappen.intake.ConcernLevel;
import dk.trappen.testsupport.ApiClient;
import dk.trappen.testsupport.ApiClient.Reply;
import dk.trappen.testsupport.Concerns;
import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The process owner deploys from Camunda Modeler (multipart over {@code /engine-rest/deployment/create},
 * source "Camunda Modeler", HTTP Basic as {@code owner}): an edited model is accepted, runs, and its
 * forms open in Tasklist; a model that could run code, read personal data or break a convention or
 * the law's limits is refused with 400 and a message naming file, element and rule, and nothing is
 * deployed. The probes are the ones a review found working before the guard, and more.
 */
@TrappenTest
class DeploymentGuardTest {

    static final String OWNER = "owner";

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    FilterService filters;
    @Autowired
    ProcessEngineConfiguration engineConfiguration;
    @Autowired
    ObjectMapper json;

    ApiClient http;
    final List<String> accepted = new ArrayList<>();

    @BeforeEach
    void client() {
        http = new ApiClient(port);
    }

    /** Later tests start the build's models again: the owner's versions are removed with what ran on them. */
    @AfterEach
    void removeTheOwnersVersions() {
        accepted.forEach(id -> repository.deleteDeployment(id, true));
        accepted.clear();
    }

    // ---------------------------------------------------------------- the legitimate path

    @Test
    void theEditedIntakeAloneIsAcceptedGetsItsFormsAndRunsWithThem() throws IOException {
        String edited = model("intake.bpmn").replace("name=\"Vurdér underretning\"", "name=\"Vurdér underretningen\"");

        Reply reply = deploy(Map.of("intake.bpmn", edited));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        String deploymentId = reply.json().path("id").asText();
        accepted.add(deploymentId);
        // The forms intake references travelled along from the latest deployment.
        assertThat(repository.getDeploymentResourceNames(deploymentId)).contains("intake.bpmn", "registerConcern.form",
                "assessConcern.form", "sendAcknowledgement.form", "decideRoute.form");
        ProcessDefinition owners = repository.createProcessDefinitionQuery().deploymentId(deploymentId).singleResult();

        Task assessment = newConcernsAssessment();

        assertThat(assessment.getProcessDefinitionId()).isEqualTo(owners.getId());
        assertThat(assessment.getName()).isEqualTo("Vurdér underretningen");
        Reply form = http.get("intake", "/engine-rest/task/" + assessment.getId() + "/deployed-form");
        assertThat(form.status()).as(form.body()).isEqualTo(200);
        assertThat(form.json().path("id").asText()).isEqualTo("assessConcern");
    }

    @Test
    void theEditedIntakeWithAnEditedFormRunsWithTheOwnersForm() throws IOException {
        String edited = model("intake.bpmn").replace("name=\"Vurdér underretning\"", "name=\"Vurdér underretningen\"");
        String heading = "#### Vurdér underretning";
        assertThat(form("assessConcern.form")).contains(heading);
        String editedForm = form("assessConcern.form").replace(heading, heading + " (ny tekst)");

        Reply reply = deploy(Map.of("intake.bpmn", edited, "assessConcern.form", editedForm));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        accepted.add(reply.json().path("id").asText());
        Task assessment = newConcernsAssessment();
        Reply deployedForm = http.get("intake", "/engine-rest/task/" + assessment.getId() + "/deployed-form");
        assertThat(deployedForm.status()).isEqualTo(200);
        assertThat(deployedForm.body()).contains(heading + " (ny tekst)");
    }

    @Test
    void aDecisionTableEditedWithinTheLawsLimitsIsAccepted() throws IOException {
        // Herning's "at least every 3 months" tightened to every 2 months: within § 95.
        String edited = replaceInRule(model("followUpCadence.dmn"), "Rule_7", "\"P3M\"", "\"P2M\"");

        Reply reply = deploy(Map.of("followUpCadence.dmn", edited));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        accepted.add(reply.json().path("id").asText());
    }

    // ---------------------------------------------------------------- code and data: refused

    @Test
    void aJavaClassIsRefused() throws IOException {
        String edited = model("intake.bpmn").replace("camunda:delegateExpression=\"${closeConcern}\"",
                "camunda:class=\"org.springframework.jdbc.core.JdbcTemplate\"");

        assertRefused(deploy(Map.of("intake.bpmn", edited)), "intake.bpmn, Task_CloseConcern", "Java-klasser");
    }

    @Test
    void aScriptInAListenerOrAScriptTaskIsRefused() throws IOException {
        String listener = model("intake.bpmn").replace("<camunda:taskListener delegateExpression=\"${assessConcern}\" event=\"complete\" />",
                "<camunda:taskListener delegateExpression=\"${assessConcern}\" event=\"complete\" />"
                        + "<camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"javascript\">"
                        + "java.lang.Runtime.getRuntime().exec('id')</camunda:script></camunda:executionListener>");
        assertRefused(deploy(Map.of("intake.bpmn", listener)), "Task_AssessConcern", "scripts (camunda:script)");

        String base = model("intake.bpmn");
        int start = base.indexOf("<bpmn:serviceTask id=\"Task_CloseConcern\"");
        int end = base.indexOf("</bpmn:serviceTask>", start) + "</bpmn:serviceTask>".length();
        String scriptTask = base.substring(0, start) + "<bpmn:scriptTask id=\"Task_CloseConcern\" name=\"Luk underretning\" scriptFormat=\"groovy\">"
                + "<bpmn:incoming>SequenceFlow_RouteNoFurtherAction</bpmn:incoming><bpmn:outgoing>SequenceFlow_Closed</bpmn:outgoing>"
                + "<bpmn:script>'id'.execute()</bpmn:script></bpmn:scriptTask>" + base.substring(end);
        assertRefused(deploy(Map.of("intake.bpmn", scriptTask)), "Task_CloseConcern", "skriptopgaver er ikke tilladt");
    }

    @Test
    void anExpressionReachingABeanIsRefusedWhereverItStands() throws IOException {
        String base = model("intake.bpmn");
        // A listener's expression that would copy every child's CPR and name into history.
        String listener = base.replace("<camunda:taskListener delegateExpression=\"${assessConcern}\" event=\"complete\" />",
                "<camunda:taskListener delegateExpression=\"${assessConcern}\" event=\"complete\" />"
                        + "<camunda:taskListener expression=\"${task.setVariable('x', jdbcTemplate.queryForList('SELECT cpr, name FROM child'))}\" event=\"create\" />");
        assertRefused(deploy(Map.of("intake.bpmn", listener)), "Task_AssessConcern", "'jdbcTemplate' er en af applikationens komponenter");
        // A due date that reads the database URL.
        String dueDate = base.replace("camunda:dueDate=\"${assessmentDueAt}\"", "camunda:dueDate=\"${environment.getProperty('spring.datasource.url')}\"");
        assertRefused(deploy(Map.of("intake.bpmn", dueDate)), "Task_AssessConcern", "'environment' er en af applikationens komponenter");
        // Reflection on a plain string in a gateway's condition.
        String condition = base.replace("${professionalNotifier}", "${''.getClass().forName('java.lang.Runtime') != null}");
        assertRefused(deploy(Map.of("intake.bpmn", condition)), "metoden getClass() må ikke kaldes");
        // The engine's services behind execution, in a task's name.
        String name = base.replace("name=\"Vurdér underretning\"", "name=\"${execution.processEngineServices.runtimeService}\"");
        assertRefused(deploy(Map.of("intake.bpmn", name)), "Task_AssessConcern", "egenskaben 'processEngineServices' må ikke læses");
        // A product bean called as code rather than named as a delegate.
        String beanCall = base.replace("${professionalNotifier}", "${assessConcern.notify(null) == null}");
        assertRefused(deploy(Map.of("intake.bpmn", beanCall)), "komponenten 'assessConcern' må kun stå alene");
        // Personal data read by the process.
        String personal = base.replace("${professionalNotifier}", "${pii_description != null}");
        assertRefused(deploy(Map.of("intake.bpmn", personal)), "'pii_description' er personoplysninger");
        // A delegate expression naming an application bean.
        String delegate = base.replace("camunda:delegateExpression=\"${closeConcern}\"", "camunda:delegateExpression=\"${dataSource}\"");
        assertRefused(deploy(Map.of("intake.bpmn", delegate)), "Task_CloseConcern", "'dataSource' er en af applikationens komponenter");
    }

    @Test
    void aTimerStartEventCopyingEveryChildIsRefused() {
        // The review's probe: a timer start needs no right to start instances.
        String probe = Bpmn.convertToString(Bpmn.createExecutableProcess("probe").camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_Every").name("Hvert minut").timerWithCycle("R/PT1M")
                .serviceTask("Task_Copy").name("Kopiér").camundaAsyncBefore()
                .camundaExpression("${execution.setVariable('children', jdbcTemplate.queryForList('SELECT cpr, name FROM child'))}")
                .endEvent("EndEvent_Done").name("Færdig").done());

        Reply reply = deploy(Map.of("probe.bpmn", probe));

        assertRefused(reply, "probe.bpmn, Task_Copy", "'jdbcTemplate' er en af applikationens komponenter");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("probe").count()).isZero();
    }

    @Test
    void anEmbeddedFormAFormAloneAndAForeignFileAreRefused() throws IOException {
        String embedded = model("intake.bpmn").replace("camunda:formRef=\"assessConcern\" camunda:formRefBinding=\"deployment\"",
                "camunda:formKey=\"embedded:deployment:steal.html\"");
        assertRefused(deploy(Map.of("intake.bpmn", embedded)), "Task_AssessConcern", "camunda:formKey");

        assertRefused(deploy(Map.of("assessConcern.form", form("assessConcern.form"))), "deploy den sammen med processen");

        Map<String, String> foreign = new LinkedHashMap<>();
        foreign.put("intake.bpmn", model("intake.bpmn"));
        foreign.put("steal.js", "fetch('/api/concerns')");
        assertRefused(deploy(foreign), "steal.js", "må kun indeholde processer");
    }

    // ---------------------------------------------------------------- conventions and law: refused

    @Test
    void aDecisionTableBreakingTheLawsLimitIsRefused() throws IOException {
        // The legal minimum's first follow-up moved from 3 to 4 months: against Barnets lov § 95.
        String late = replaceInRule(model("followUpCadence.dmn"), "Rule_11", "\"P3M\"", "\"P4M\"");
        Reply reply = deploy(Map.of("followUpCadence.dmn", late));
        assertRefused(reply, "followUpCadence.dmn, followUpCadence", "§ 95");
        assertThat(reply.json().path("message").asText()).contains("regel 11 (Rule_11)").contains("4 måneder").doesNotContain("P4M");

        // Acute danger routed to advice.
        String triage = model("triageConcern.dmn");
        String firstRule = triage.substring(triage.indexOf("<rule "), triage.indexOf("</rule>"));
        String acuteToAdvice = triage.replace(firstRule, firstRule.replace("\"ACUTE_ACTION\"", "\"NO_FURTHER_ACTION\""));
        assertRefused(deploy(Map.of("triageConcern.dmn", acuteToAdvice)), "triageConcern", "§ 136");

        // Abuse without acute danger sent to early prevention (issue 16, point 1: the table has concernsAbuse).
        String abuseToPrevention = replaceInRule(triage, "Rule_2", "\"INVESTIGATION\"", "\"EARLY_PREVENTION\"");
        assertRefused(deploy(Map.of("triageConcern.dmn", abuseToPrevention)), "triageConcern", "§ 20");

        // A placement granted by the caseworker alone.
        String authority = model("grantingAuthority.dmn").replace("<text>[1..2]</text>", "<text>[1..4]</text>");
        assertRefused(deploy(Map.of("grantingAuthority.dmn", authority)), "grantingAuthority", "anbringelse skal altid godkendes af teamlederen");

        // A decision language that can call Java.
        String juel = model("triageConcern.dmn").replace("<inputExpression id=\"InputExpression_acuteDanger\" typeRef=\"boolean\">",
                "<inputExpression id=\"InputExpression_acuteDanger\" typeRef=\"boolean\" expressionLanguage=\"juel\">");
        assertRefused(deploy(Map.of("triageConcern.dmn", juel)), "InputExpression_acuteDanger", "udtrykssproget \"juel\"");
    }

    @Test
    void aModelFailingAConventionIsRefusedAndNothingIsDeployed() throws IOException {
        long deployments = repository.createDeploymentQuery().count();
        long intakeVersions = repository.createProcessDefinitionQuery().processDefinitionKey("intake").count();
        String base = model("intake.bpmn");

        assertRefused(deploy(Map.of("intake.bpmn", base.replace(" camunda:historyTimeToLive=\"P365D\"", ""))),
                "intake.bpmn, intake", "historyTimeToLive");
        assertRefused(deploy(Map.of("intake.bpmn", base.replace(" camunda:candidateGroups=\"intake\" camunda:dueDate=\"${assessmentDueAt}\"", ""))),
                "Task_AssessConcern", "candidateGroups", "dueDate");
        assertRefused(deploy(Map.of("intake.bpmn", base.replace("camunda:formRef=\"assessConcern\"", "camunda:formRef=\"noSuchForm\""))),
                "Task_AssessConcern", "formularen \"noSuchForm\"");
        assertRefused(deploy(Map.of("intake.bpmn", base.replace("id=\"Task_CloseConcern\" name=\"Luk underretning\" camunda:asyncBefore=\"true\"",
                "id=\"Task_CloseConcern\" name=\"Luk underretning\""))), "Task_CloseConcern", "asyncBefore");
        assertRefused(deploy(Map.of("intake.bpmn", base.replace("name=\"Vurdér underretning\"", "name=\"\""))), "Task_AssessConcern", "intet navn");
        assertRefused(deploy(Map.of("intake.bpmn", base.replace("<bpmn:process id=\"intake\"", "<bpmn:process id=\"intake2\""))),
                "filnavnet skal være procesnøglen");

        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("intake").count()).isEqualTo(intakeVersions);
    }

    // ---------------------------------------------------------------- the second wall, at run time

    @Test
    void atRunTimeAnExpressionReachesOnlyVariablesAndValues() {
        Task assessment = newConcernsAssessment();
        String executionId = assessment.getExecutionId();

        assertThat(evaluate(executionId, "${execution.processBusinessKey}")).asString().startsWith("UND-");
        assertThat(evaluate(executionId, "${dateTime().plusDays(1).toDate()}")).isInstanceOf(java.util.Date.class);
        assertThat(evaluate(executionId, "${execution.getVariable('concernId')}")).isNotNull();
        assertThat(evaluate(executionId, "${'Vurdér'.toUpperCase()}")).isEqualTo("VURDÉR");

        assertRefusedAtRunTime(executionId, "${jdbcTemplate}");
        assertRefusedAtRunTime(executionId, "${environment.getProperty('spring.datasource.url')}");
        assertRefusedAtRunTime(executionId, "${''.getClass().forName('java.lang.Runtime')}");
        assertRefusedAtRunTime(executionId, "${''.class}");
        assertRefusedAtRunTime(executionId, "${execution.getProcessEngineServices()}");
        assertRefusedAtRunTime(executionId, "${execution.processEngine}");
        assertRefusedAtRunTime(executionId, "${assessConcern.notify(null)}");
        assertRefusedAtRunTime(executionId, "${dateTime().getChronology().getClass()}");
    }

    @Test
    void aTaskFilterCannotReachTheApplicationEither() {
        // Stored filters evaluate expressions (e.g. ${currentUser()}) with the engine's expression manager.
        Filter filter = filters.newTaskFilter("Probe").setOwner("admin")
                .setQuery(tasks.createTaskQuery().taskAssigneeExpression("${environment.getProperty('spring.datasource.url')}"));
        filters.saveFilter(filter);
        try {
            assertThatThrownBy(() -> filters.list(filter.getId())).hasMessageContaining("environment");
        } finally {
            filters.deleteFilter(filter.getId());
        }
    }

    // ---------------------------------------------------------------- helpers

    private Task newConcernsAssessment() {
        String instanceId;
        try {
            Reply created = http.post("skolesystem", "/api/concerns", json.writeValueAsString(Concerns.professional(ConcernLevel.ILL_BEING)));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            instanceId = created.json().path("processInstanceId").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Task assessment = tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("Task_AssessConcern").singleResult();
        assertThat(assessment).as("the new concern's assessment").isNotNull();
        return assessment;
    }

    private Object evaluate(String executionId, String expression) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engineConfiguration;
        return configuration.getCommandExecutorTxRequired().execute(command -> {
            ExecutionEntity execution = command.getExecutionManager().findExecutionById(executionId);
            return configuration.getExpressionManager().createExpression(expression).getValue(execution);
        });
    }

    private void assertRefusedAtRunTime(String executionId, String expression) {
        assertThatThrownBy(() -> evaluate(executionId, expression)).as(expression).isInstanceOf(RuntimeException.class);
    }

    private Reply deploy(Map<String, String> files) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return http.deployAsModeler(OWNER, "Procesejerens ændring", bytes);
    }

    private static void assertRefused(Reply reply, String... expected) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        try {
            JsonNode body = reply.json();
            assertThat(body.path("message").asText()).startsWith("Deploymentet er afvist").contains(expected);
        } catch (IOException e) {
            throw new AssertionError(reply.body(), e);
        }
    }

    private static String model(String file) throws IOException {
        return Files.readString(Path.of("bpmn", file));
    }

    private static String form(String file) throws IOException {
        return Files.readString(Path.of("forms", file));
    }

    private static String replaceInRule(String dmn, String ruleId, String from, String to) {
        int start = dmn.indexOf("<rule id=\"" + ruleId + "\"");
        int end = dmn.indexOf("</rule>", start);
        assertThat(start).as(ruleId).isPositive();
        return dmn.substring(0, start) + dmn.substring(start, end).replace(from, to) + dmn.substring(end);
    }
}
