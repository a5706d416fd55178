package dk.trappen.models;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.trappen.organisation.CurrentUser;
import dk.trappen.platform.EngineAsSystem;
import dk.trappen.platform.FieldProblem;
import dk.trappen.platform.ForbiddenException;
import dk.trappen.platform.InvalidInputException;
import dk.trappen.platform.NotFoundException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Moves running instances of a process from version A to version B when its process owner decides
 * (Camunda's migration API). The plan maps every activity whose id is the same in the same place
 * ({@code mapEqualActivities}); instances waiting on an activity the new version lacks are left out
 * and keep running on their version. Timers keep their due dates (no event triggers are updated),
 * so a migration never moves a legal deadline.
 *
 * <p>Runs with the caller's own Camunda authorization: the engine checks READ on both versions,
 * MIGRATE_INSTANCE and the batch permission too, not only our role check.
 */
@Service
public class ModelMigrations {

    private static final Logger log = LoggerFactory.getLogger(ModelMigrations.class);

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final EngineAsSystem system;

    ModelMigrations(RepositoryService repository, RuntimeService runtime, ManagementService management, EngineAsSystem system) {
        this.system = system;
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
    }

    /** The proposal from {@code fromVersion} to {@code toVersion}; changes nothing. */
    public MigrationProposal propose(CurrentUser user, String key, Integer fromVersion, Integer toVersion) {
        ModelDrift.requireProcessOwner(user);
        try {
            return plan(key, fromVersion, toVersion).proposal();
        } catch (AuthorizationException e) {
            throw new ForbiddenException("Din rolle giver ikke adgang til at flytte sager mellem versioner.");
        }
    }

    /**
     * Validates the proposal again (instances may have moved on since it was shown) and starts a
     * batch moving every instance that can move. Refused with 400 when the plan is invalid or moves nothing.
     */
    public MigrationStarted execute(CurrentUser user, String key, Integer fromVersion, Integer toVersion) {
        ModelDrift.requireProcessOwner(user);
        try {
            Plan plan = plan(key, fromVersion, toVersion);
            MigrationProposal proposal = plan.proposal();
            if (!proposal.problems().isEmpty()) {
                throw InvalidInputException.of("toVersion", String.join(" ", proposal.problems()));
            }
            if (proposal.moving() == 0) {
                throw InvalidInputException.of("fromVersion", proposal.instances() == 0
                        ? "version " + fromVersion + " har ingen kørende sager at flytte"
                        : "ingen af version " + fromVersion + "s " + proposal.instances()
                        + " kørende sager kan flyttes: de venter alle på trin, som version " + toVersion + " ikke har");
            }
            Batch batch = runtime.newMigration(plan.migrationPlan()).processInstanceIds(plan.movable()).executeAsync();
            log.info("Migration of {} from version {} to {} started by {}: batch {} with {} instances, {} stay",
                    key, fromVersion, toVersion, user.id(), batch.getId(), plan.movable().size(), proposal.staying());
            return new MigrationStarted(batch.getId(), plan.movable().size(), proposal);
        } catch (AuthorizationException e) {
            throw new ForbiddenException("Din rolle giver ikke adgang til at flytte sager mellem versioner.");
        }
    }

    private record Plan(MigrationProposal proposal, MigrationPlan migrationPlan, List<String> movable) {
    }

    private Plan plan(String key, Integer fromVersion, Integer toVersion) {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
            throw new NotFoundException("Der er ingen proces med nøglen " + key + ".");
        }
        List<FieldProblem> problems = new ArrayList<>();
        ProcessDefinition from = definition(key, fromVersion, "fromVersion", problems);
        ProcessDefinition to = definition(key, toVersion, "toVersion", problems);
        if (problems.isEmpty() && fromVersion.equals(toVersion)) {
            problems.add(new FieldProblem("toVersion", "skal være en anden version end fromVersion"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }

        BpmnModelInstance source = repository.getBpmnModelInstance(from.getId());
        BpmnModelInstance target = repository.getBpmnModelInstance(to.getId());
        List<String> planProblems = new ArrayList<>();
        MigrationPlan migrationPlan = null;
        try {
            migrationPlan = runtime.createMigrationPlan(from.getId(), to.getId()).mapEqualActivities().build();
        } catch (MigrationPlanValidationException e) {
            log.info("Migration plan of {} from version {} to {} is invalid: {}", key, fromVersion, toVersion, e.getMessage());
            for (MigrationInstructionValidationReport report : e.getValidationReport().getInstructionReports()) {
                planProblems.add("Trinnet «" + name(source, report.getMigrationInstruction().getSourceActivityId())
                        + "» kan ikke overføres til «" + name(target, report.getMigrationInstruction().getTargetActivityId())
                        + "» i version " + toVersion + ".");
            }
            if (planProblems.isEmpty()) {
                planProblems.add("Camunda godkender ikke en plan mellem de to versioner.");
            }
        }

        Map<String, Long> waiting = new LinkedHashMap<>();
        for (ActivityStatistics statistics : system.call(() -> management.createActivityStatisticsQuery(from.getId()).list())) {
            waiting.put(statistics.getId(), (long) statistics.getInstances());
        }
        Set<String> mappedSources = new HashSet<>();
        List<MigrationProposal.MappedActivity> mapped = new ArrayList<>();
        if (migrationPlan != null) {
            for (MigrationInstruction instruction : migrationPlan.getInstructions()) {
                mappedSources.add(instruction.getSourceActivityId());
                mapped.add(new MigrationProposal.MappedActivity(instruction.getSourceActivityId(),
                        name(source, instruction.getSourceActivityId()), instruction.getTargetActivityId(),
                        name(target, instruction.getTargetActivityId()),
                        waiting.getOrDefault(instruction.getSourceActivityId(), 0L)));
            }
        }

        List<MigrationProposal.UnmappedActivity> unmapped = new ArrayList<>();
        Set<String> staying = new HashSet<>();
        for (Map.Entry<String, Long> entry : waiting.entrySet()) {
            if (!mappedSources.contains(entry.getKey())) {
                unmapped.add(new MigrationProposal.UnmappedActivity(entry.getKey(), name(source, entry.getKey()), entry.getValue()));
                // The owner may list every case of the version (checked above); the engine's result limit
                // for a signed-in user (queryMaxResultsLimit) is for browsing, not for a country's cases.
                system.call(() -> runtime.createExecutionQuery().processDefinitionId(from.getId()).activityId(entry.getKey()).list())
                        .stream().map(Execution::getProcessInstanceId).forEach(staying::add);
            }
        }
        List<String> all = system.call(() -> runtime.createProcessInstanceQuery().processDefinitionId(from.getId()).list()).stream()
                .map(ProcessInstance::getId).toList();
        List<String> movable = migrationPlan == null ? List.of() : all.stream().filter(id -> !staying.contains(id)).toList();

        MigrationProposal proposal = new MigrationProposal(key, from.getName() == null ? key : from.getName(), fromVersion, toVersion,
                List.copyOf(mapped), List.copyOf(unmapped), all.size(), movable.size(), all.size() - movable.size(),
                List.copyOf(planProblems));
        return new Plan(proposal, migrationPlan, movable);
    }

    private ProcessDefinition definition(String key, Integer version, String field, List<FieldProblem> problems) {
        if (version == null) {
            problems.add(new FieldProblem(field, "mangler"));
            return null;
        }
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .processDefinitionVersion(version).singleResult();
        if (definition == null) {
            problems.add(new FieldProblem(field, "processen " + key + " har ingen version " + version));
        }
        return definition;
    }

    /** An activity's name as the owner drew it in Modeler, or its id when it has none. */
    private static String name(BpmnModelInstance model, String activityId) {
        if (activityId == null) {
            return "";
        }
        ModelElementInstance element = model.getModelElementById(activityId);
        if (element instanceof FlowElement flowElement && flowElement.getName() != null && !flowElement.getName().isBlank()) {
            return flowElement.getName().replace('\n', ' ');
        }
        return activityId;
    }
}
