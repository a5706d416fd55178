package dk.trappen.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Deploys edited copies of the real models the way a process owner does from Camunda Modeler: as
 * the owner, source "Camunda Modeler", with the forms the model references (binding deployment).
 * Never a hand-built model: the deployment guard refuses what breaks the conventions. And puts the
 * engine back afterwards, so the rest of the suite runs on the build's models.
 */
final class EditedModels {

    private static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([A-Za-z0-9_]+)\"");

    private final ProcessEngine engine;

    EditedModels(ProcessEngine engine) {
        this.engine = engine;
    }

    static String buildFile(String path) {
        try (InputStream in = EditedModels.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No " + path + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deploys {@code bpmn/<key>.bpmn} changed by {@code edit} as {@code owner} from "Camunda Modeler"; returns the new definition. */
    ProcessDefinition deployEdited(String key, UnaryOperator<String> edit) {
        String original = buildFile("bpmn/" + key + ".bpmn");
        String edited = edit.apply(original);
        if (edited.equals(original)) {
            throw new IllegalArgumentException("The edit changed nothing");
        }
        engine.getIdentityService().setAuthentication("owner", List.of("processowners"));
        try {
            DeploymentBuilder builder = engine.getRepositoryService().createDeployment().name(key).source("Camunda Modeler")
                    .addString(key + ".bpmn", edited);
            Set<String> forms = new LinkedHashSet<>();
            Matcher matcher = FORM_REF.matcher(edited);
            while (matcher.find()) {
                forms.add(matcher.group(1));
            }
            for (String form : forms) {
                builder.addString(form + ".form", buildFile("forms/" + form + ".form"));
            }
            Deployment deployment = builder.deploy();
            return engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(deployment.getId())
                    .processDefinitionKey(key).singleResult();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /**
     * Moves every instance of {@code edited} back to {@code original} (same ids, so every one maps)
     * and deletes the edited deployment, so the build's file is the latest version again.
     */
    void undo(ProcessDefinition edited, ProcessDefinition original) {
        var runtime = engine.getRuntimeService();
        List<String> left = runtime.createProcessInstanceQuery().processDefinitionId(edited.getId()).list().stream()
                .map(p -> p.getId()).toList();
        if (!left.isEmpty()) {
            var plan = runtime.createMigrationPlan(edited.getId(), original.getId()).mapEqualActivities().build();
            runtime.newMigration(plan).processInstanceIds(left).execute();
        }
        engine.getRepositoryService().deleteDeployment(edited.getDeploymentId(), true);
    }

    /** Runs a batch's jobs as the job executor would: the seed job until it is gone, every migration job, the monitor. */
    void runBatch(String batchId) {
        var management = engine.getManagementService();
        Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
        List<Job> seeds;
        while (!(seeds = management.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).list()).isEmpty()) {
            seeds.forEach(job -> management.executeJob(job.getId()));
        }
        for (Job job : management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).list()) {
            management.executeJob(job.getId());
        }
        management.createJobQuery().jobDefinitionId(batch.getMonitorJobDefinitionId()).list()
                .forEach(job -> management.executeJob(job.getId()));
    }
}
