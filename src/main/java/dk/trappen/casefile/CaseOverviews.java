package dk.trappen.casefile;

import java.util.Comparator;
import java.util.List;

import dk.trappen.organisation.CurrentUser;
import dk.trappen.platform.EngineAsSystem;
import dk.trappen.platform.ForbiddenException;
import dk.trappen.platform.NotFoundException;
import dk.trappen.platform.TimeSource;
import dk.trappen.staircase.MeasureStatus;
import dk.trappen.staircase.MeasureView;
import dk.trappen.staircase.Measures;
import dk.trappen.staircase.StaircaseStep;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The case overview of a child: one audited read that gathers the case from every module. */
@Service
@Transactional
public class CaseOverviews {

    private final ChildRegistry registry;
    private final ChildCases cases;
    private final ChildPlans plans;
    private final Investigations investigations;
    private final Measures measures;
    private final TaskService tasks;
    private final EngineAsSystem system;
    private final List<CaseMeetings> meetings;
    private final List<CasePlannedDeadlines> planned;
    private final TimeSource time;

    CaseOverviews(ChildRegistry registry, ChildCases cases, ChildPlans plans, Investigations investigations,
                  Measures measures, TaskService tasks, EngineAsSystem system, List<CaseMeetings> meetings,
                  List<CasePlannedDeadlines> planned, TimeSource time) {
        this.meetings = meetings;
        this.planned = planned;
        this.system = system;
        this.registry = registry;
        this.cases = cases;
        this.plans = plans;
        this.investigations = investigations;
        this.measures = measures;
        this.tasks = tasks;
        this.time = time;
    }

    /** The overview of the child's newest case, read by {@code user}; the read is audit-logged. */
    public CaseOverview ofChild(long childId, CurrentUser user, AccessChannel channel) {
        ChildRecord child = registry.read(childId, user, channel, "Barnets sag");
        CaseView caseInfo = cases.latestCaseOf(childId)
                .orElseThrow(() -> new NotFoundException("Barn " + childId + " har ingen sag"));
        return assemble(child, caseInfo);
    }

    /** The overview of a case by its id (the page linked from the case's tasks). */
    public CaseOverview ofCase(long caseId, CurrentUser user, AccessChannel channel) {
        registry.requireReader(user);
        CaseView caseInfo = cases.view(caseId);
        if (!registry.mayRead(user, caseInfo.ref().teamId())) {
            throw registry.refused(caseInfo.ref().childId(), user, channel, "Barnets sag " + caseInfo.ref().caseNumber(),
                    "Sagen hører under et andet team.");
        }
        ChildRecord child = registry.read(caseInfo.ref().childId(), user, channel, "Barnets sag " + caseInfo.ref().caseNumber());
        return assemble(child, caseInfo);
    }

    private CaseOverview assemble(ChildRecord child, CaseView caseInfo) {
        long caseId = caseInfo.ref().id();
        List<MeasureView> all = measures.ofCase(caseId);
        int step = measures.currentStep(child.id());
        List<PlanView> versions = plans.versions(caseId);
        return new CaseOverview(child, caseInfo, step, step == 0 ? "Ingen indsats" : StaircaseStep.of(step).danishName(),
                all.stream().filter(m -> m.status() == MeasureStatus.GRANTED).toList(),
                all.stream().filter(m -> m.status() != MeasureStatus.GRANTED).toList(),
                versions.isEmpty() ? null : versions.get(0), versions.stream().skip(1).toList(),
                investigations.ofCase(caseId), cases.notes(caseId),
                meetings.stream().flatMap(source -> source.ofCase(caseId).stream()).toList(),
                deadlines(caseId, caseInfo.ref().caseNumber()),
                measures.movesOf(child.id()), cases.supportPerson(caseId).orElse(null));
    }

    /**
     * The case's open tasks by due date. Read without the user's task authorization: a caseworker
     * sees that the team leader's approval is pending, not only their own tasks. Names only. With
     * them what is planned but has no task yet (the next follow-up, the next visit).
     */
    private List<CaseOverview.Deadline> deadlines(long caseId, String caseNumber) {
        var now = time.now();
        return java.util.stream.Stream.concat(
                system.call(() -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).list()).stream()
                        .filter(task -> task.getDueDate() != null)
                        .map(task -> new CaseOverview.Deadline(task.getName(), task.getDueDate().toInstant(),
                                task.getAssignee(), task.getDueDate().toInstant().isBefore(now))),
                planned.stream().flatMap(source -> source.plannedFor(caseId).stream()))
                .sorted(Comparator.comparing(CaseOverview.Deadline::due)).toList();
    }
}
