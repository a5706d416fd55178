package dk.trappen.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dk.trappen.models.internal.BuildModels;
import dk.trappen.models.internal.BuildModels.BuildModel;
import dk.trappen.organisation.CurrentUser;
import dk.trappen.organisation.Groups;
import dk.trappen.platform.EngineAsSystem;
import dk.trappen.platform.ForbiddenException;
import dk.trappen.platform.NotFoundException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Drift between the build's models ({@code bpmn/}) and what the engine runs. A process owner may
 * deploy a changed model from Camunda Modeler; until that file is committed to {@code bpmn/}, the
 * code and the engine disagree, and the next build would deploy the old file again as a newer
 * version. Reported at start, after every deployment (a WARN line per drifted model), as the gauge
 * {@code trappen_model_drift{model}} and on the process owners' pages under {@code /app/models}.
 *
 * <p>The engine is read as the system once the caller is known to be a process owner or the
 * administrator: who deployed what is operator history, not data of a case.
 */
@Service
public class ModelDrift {

    private static final Logger log = LoggerFactory.getLogger(ModelDrift.class);

    private final BuildModels build;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final EngineAsSystem system;

    ModelDrift(BuildModels build, RepositoryService repository, RuntimeService runtime, HistoryService history,
               EngineAsSystem system) {
        this.build = build;
        this.repository = repository;
        this.runtime = runtime;
        this.history = history;
        this.system = system;
    }

    /** Only process owners and the administrator see and move the models. */
    public static void requireProcessOwner(CurrentUser user) {
        if (!user.isInAny(Groups.PROCESS_OWNERS, Groups.ADMIN)) {
            throw new ForbiddenException("Kun procesejere og administratoren kan se og ændre modellerne.");
        }
    }

    /** The build's model keys, sorted. */
    public List<String> keys() {
        return List.copyOf(build.models().keySet());
    }

    /** Every model of the build beside its latest deployed version. */
    public List<ModelState> models(CurrentUser user) {
        requireProcessOwner(user);
        return system.call(() -> build.models().values().stream().map(this::state).toList());
    }

    public ModelState model(CurrentUser user, String key) {
        requireProcessOwner(user);
        return system.call(() -> state(buildModel(key)));
    }

    /** Every deployed version of a model, newest first, with its running instances. */
    public List<DeployedVersion> versions(CurrentUser user, String key) {
        requireProcessOwner(user);
        BuildModel model = buildModel(key);
        return system.call(() -> {
            List<DeployedVersion> versions = new ArrayList<>();
            if (ModelKind.ofFileName(model.fileName()) == ModelKind.PROCESS) {
                repository.createProcessDefinitionQuery().processDefinitionKey(key).orderByProcessDefinitionVersion().desc()
                        .list().forEach(d -> versions.add(version(model, d, true)));
            } else {
                repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).orderByDecisionDefinitionVersion().desc()
                        .list().forEach(d -> versions.add(version(model, d)));
            }
            return versions;
        });
    }

    /** The deployed file of one version, named like the build's file. */
    public DeployedXml xml(CurrentUser user, String key, int version) {
        requireProcessOwner(user);
        BuildModel model = buildModel(key);
        return system.call(() -> {
            String deploymentId;
            String resourceName;
            if (ModelKind.ofFileName(model.fileName()) == ModelKind.PROCESS) {
                ProcessDefinition d = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                        .processDefinitionVersion(version).singleResult();
                if (d == null) {
                    throw new NotFoundException("Modellen " + key + " har ingen version " + version + ".");
                }
                deploymentId = d.getDeploymentId();
                resourceName = d.getResourceName();
            } else {
                DecisionDefinition d = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                        .decisionDefinitionVersion(version).singleResult();
                if (d == null) {
                    throw new NotFoundException("Modellen " + key + " har ingen version " + version + ".");
                }
                deploymentId = d.getDeploymentId();
                resourceName = d.getResourceName();
            }
            try (InputStream in = repository.getResourceAsStream(deploymentId, resourceName)) {
                return new DeployedXml(model.fileName(), in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Whether the latest deployed version of {@code key} differs from the build's file (for the gauge; no user). */
    public boolean drifted(String key) {
        return system.call(() -> state(buildModel(key)).drifted());
    }

    /** Logs one WARN line per model whose latest deployed version is not the build's file; returns those models. */
    public List<ModelState> checkAndLog() {
        List<ModelState> drifted = system.call(() -> build.models().values().stream().map(this::state)
                .filter(ModelState::drifted).toList());
        for (ModelState model : drifted) {
            DeployedVersion v = model.latest();
            log.warn("Model drift: {} version {} (deployment {}, {}, by {} at {}) differs from the build's bpmn/{}; "
                            + "download it from /app/models/{} and commit it to bpmn/",
                    model.key(), v.version(), v.deploymentId(), v.source(), v.deployedBy() == null ? "the application" : v.deployedBy(),
                    v.deployedAt(), model.fileName(), model.key());
        }
        return drifted;
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkAtStart() {
        List<ModelState> drifted = checkAndLog();
        log.info("Model drift checked at start: {} of {} models differ from the build", drifted.size(), build.models().size());
    }

    private BuildModel buildModel(String key) {
        BuildModel model = key == null ? null : build.models().get(key);
        if (model == null) {
            throw new NotFoundException("Der er ingen model med nøglen " + key + " i koden.");
        }
        return model;
    }

    private ModelState state(BuildModel model) {
        ModelKind kind = ModelKind.ofFileName(model.fileName());
        if (kind == ModelKind.PROCESS) {
            ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(model.key())
                    .latestVersion().singleResult();
            return new ModelState(model.key(), latest == null || latest.getName() == null ? model.key() : latest.getName(),
                    kind, model.fileName(), latest == null ? null : version(model, latest, false));
        }
        DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(model.key())
                .latestVersion().singleResult();
        return new ModelState(model.key(), latest == null || latest.getName() == null ? model.key() : latest.getName(),
                kind, model.fileName(), latest == null ? null : version(model, latest));
    }

    private DeployedVersion version(BuildModel model, ProcessDefinition d, boolean countInstances) {
        long running = countInstances ? runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).count() : -1;
        return version(model, d.getKey(), d.getVersion(), d.getId(), d.getDeploymentId(), d.getResourceName(), running);
    }

    private DeployedVersion version(BuildModel model, DecisionDefinition d) {
        return version(model, d.getKey(), d.getVersion(), d.getId(), d.getDeploymentId(), d.getResourceName(), -1);
    }

    private DeployedVersion version(BuildModel model, String key, int version, String definitionId, String deploymentId,
                                    String resourceName, long running) {
        Deployment deployment = repository.createDeploymentQuery().deploymentId(deploymentId).singleResult();
        String hash = build.deployedHash(deploymentId, resourceName, () -> repository.getResourceAsStream(deploymentId, resourceName));
        String sourceName = deployment == null ? null : deployment.getSource();
        Instant deployedAt = deployment == null || deployment.getDeploymentTime() == null ? null
                : deployment.getDeploymentTime().toInstant();
        return new DeployedVersion(key, version, definitionId, deploymentId, deployment == null ? null : deployment.getName(),
                DeploymentSource.of(sourceName), sourceName, deployedAt, deployedBy(deploymentId), resourceName,
                hash.equals(model.sha256()), running);
    }

    /** The user who created the deployment, from Camunda's user operation log (none for the application's own deployment). */
    private String deployedBy(String deploymentId) {
        return history.createUserOperationLogQuery().deploymentId(deploymentId).entityType(EntityTypes.DEPLOYMENT)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE).list().stream()
                .map(UserOperationLogEntry::getUserId).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

}
