package dk.trappen.models.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import dk.trappen.models.ModelBeanNames;
import dk.trappen.models.ModelContext;
import dk.trappen.models.ModelRules;
import dk.trappen.models.Violation;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ResourceTypes;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs before the engine's own deployers on every new deployment, from the application's start,
 * Camunda Modeler or the REST API, inside the deployment's transaction:
 * <ol>
 *   <li>adds to the deployment every form a model in it references but that it does not carry, from
 *       the latest deployment that has it (forms bind to their deployment, so a model deployed alone
 *       from Modeler would otherwise have no forms in Tasklist);</li>
 *   <li>checks every resource with {@link ModelRules}; one broken rule refuses the whole deployment
 *       before anything is stored, with a message naming file, element and rule (Modeler shows it;
 *       REST answers 400).</li>
 * </ol>
 * A deployment already in the database (reloaded into the cache after a restart) is not checked
 * again: its running cases must keep working whatever the rules have become.
 */
final class DeploymentGuard implements Deployer {

    private static final Logger LOG = LoggerFactory.getLogger(DeploymentGuard.class);

    private final ModelBeanNames beans;

    DeploymentGuard(ModelBeanNames beans) {
        this.beans = beans;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return;
        }
        CommandContext command = Context.getCommandContext();
        Map<String, JsonNode> forms = formsOf(deployment);
        List<Violation> violations = new ArrayList<>();
        List<String> added = addReferencedForms(deployment, command, forms, violations);
        Set<String> decisions = decisionsOf(deployment);
        boolean hasProcess = deployment.getResources().keySet().stream().anyMatch(name -> name.endsWith(".bpmn"));
        ModelContext context = new ModelContext() {
            @Override
            public Optional<JsonNode> form(String formId) {
                return Optional.ofNullable(forms.get(formId));
            }

            @Override
            public boolean decisionExists(String key) {
                return decisions.contains(key) || command.getDecisionDefinitionManager().findLatestDecisionDefinitionByKey(key) != null;
            }

            @Override
            public BeanKind bean(String name) {
                return beans.kind(name);
            }
        };
        for (ResourceEntity resource : deployment.getResources().values()) {
            if (added.contains(resource.getName())) {
                continue; // checked when it was first deployed, and unchanged since
            }
            violations.addAll(ModelRules.check(resource.getName(), resource.getBytes(), context));
            if (resource.getName().endsWith(".form") && !hasProcess) {
                violations.add(new Violation(ModelFiles.fileName(resource.getName()), ModelFiles.fileName(resource.getName()),
                        "en formular virker kun i den proces, den deployes sammen med: deploy den sammen med processen (.bpmn), der bruger den"));
            }
        }
        if (!violations.isEmpty()) {
            LOG.warn("Deployment '{}' (kilde: {}) afvist: {}", deployment.getName(), deployment.getSource(), violations);
            throw refusal(violations);
        }
        if (!added.isEmpty()) {
            LOG.info("Deployment '{}' (kilde: {}): formularerne {} er lagt til fra seneste deployment", deployment.getName(),
                    deployment.getSource(), added);
        }
    }

    private static Map<String, JsonNode> formsOf(DeploymentEntity deployment) {
        Map<String, JsonNode> forms = new HashMap<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            if (resource.getName().endsWith(".form")) {
                try {
                    JsonNode form = Rules.readForm(resource.getBytes());
                    forms.put(form.path("id").asText(ModelFiles.baseName(resource.getName())), form);
                } catch (IllegalArgumentException unreadable) {
                    // reported by the form's own check
                }
            }
        }
        return forms;
    }

    private static Set<String> decisionsOf(DeploymentEntity deployment) {
        Set<String> keys = new LinkedHashSet<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            if (resource.getName().endsWith(".dmn")) {
                try {
                    Dmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()))
                            .getModelElementsByType(Decision.class).forEach(d -> keys.add(d.getId()));
                } catch (RuntimeException unreadable) {
                    // reported by the file's own check
                }
            }
        }
        return keys;
    }

    /** Adds the forms the deployment's models reference but do not carry; returns their resource names. */
    private static List<String> addReferencedForms(DeploymentEntity deployment, CommandContext command,
                                                   Map<String, JsonNode> forms, List<Violation> violations) {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (ResourceEntity resource : List.copyOf(deployment.getResources().values())) {
            if (!resource.getName().endsWith(".bpmn")) {
                continue;
            }
            BpmnModelInstance model;
            try {
                model = Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()));
            } catch (RuntimeException unreadable) {
                continue; // reported by the file's own check
            }
            model.getModelElementsByType(UserTask.class).forEach(t -> want(wanted, t.getCamundaFormRef(), resource.getName()));
            model.getModelElementsByType(StartEvent.class).forEach(s -> want(wanted, s.getCamundaFormRef(), resource.getName()));
        }
        List<String> added = new ArrayList<>();
        for (String formId : wanted.keySet()) {
            if (forms.containsKey(formId)) {
                continue;
            }
            CamundaFormDefinitionEntity latest = command.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formId);
            if (latest == null) {
                continue; // the model's check names the missing form
            }
            ResourceEntity source = command.getResourceManager()
                    .findResourceByDeploymentIdAndResourceName(latest.getDeploymentId(), latest.getResourceName());
            // The application's own deployment names resources by their path on the class path.
            String name = ModelFiles.fileName(source == null ? "" : source.getName());
            if (source == null || deployment.getResource(name) != null) {
                continue;
            }
            ResourceEntity copy = new ResourceEntity();
            copy.setName(name);
            copy.setBytes(source.getBytes());
            copy.setDeploymentId(deployment.getId());
            copy.setType(ResourceTypes.REPOSITORY.getValue());
            copy.setCreateTime(ClockUtil.getCurrentTime());
            command.getResourceManager().insertResource(copy);
            deployment.addResource(copy);
            forms.put(formId, Rules.readForm(copy.getBytes()));
            added.add(copy.getName());
        }
        return added;
    }

    private static void want(Map<String, String> wanted, String formRef, String resourceName) {
        if (formRef != null && !formRef.isBlank() && !formRef.contains("${")) {
            wanted.putIfAbsent(formRef, resourceName);
        }
    }

    /** Camunda's own answer to a model it cannot deploy: REST gives 400 with the message and each problem. */
    private static ParseException refusal(List<Violation> violations) {
        StringBuilder message = new StringBuilder("Deploymentet er afvist, fordi ")
                .append(violations.size() == 1 ? "en regel" : violations.size() + " regler")
                .append(" for Trappens modeller er brudt (se docs/process-owners.md):");
        Map<String, List<Problem>> byResource = new LinkedHashMap<>();
        for (Violation violation : violations) {
            message.append("\n- ").append(violation.resource()).append(", ").append(violation.element()).append(": ")
                    .append(violation.message());
            byResource.computeIfAbsent(violation.resource(), r -> new ArrayList<>()).add(new Refused(violation));
        }
        Map.Entry<String, List<Problem>> first = byResource.entrySet().iterator().next();
        return new ParseException(message.toString(), first.getKey(),
                violations.stream().<Problem>map(Refused::new).toList(), List.of());
    }

    /** One broken rule as the engine reports a parse problem (Cockpit and REST clients read these). */
    private record Refused(Violation violation) implements Problem {
        @Override
        public String getMessage() {
            return violation.resource() + ", " + violation.element() + ": " + violation.message();
        }

        @Override
        public int getLine() {
            return 0;
        }

        @Override
        public int getColumn() {
            return 0;
        }

        @Override
        public String getMainElementId() {
            return violation.element();
        }

        @Override
        public List<String> getElementIds() {
            return List.of(violation.element());
        }
    }
}
