package dk.trappen.deadlines;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import dk.trappen.organisation.CurrentUser;
import dk.trappen.organisation.Groups;
import dk.trappen.organisation.Organisation;
import dk.trappen.platform.EngineAsSystem;
import dk.trappen.platform.ForbiddenException;
import dk.trappen.platform.NotFoundException;
import dk.trappen.platform.TimeSource;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * A team's deadline list: every open task of the team's concerns, cases and meetings with a due
 * date, overdue first, then those due within 14 days. Read from the engine (the tasks carry the
 * due dates the models set from the legal table); names of tasks and numbers only.
 */
@Service
public class TeamDeadlines {

    static final Duration COMING = Duration.ofDays(14);

    /** What kind of deadline a task is, by its id in the models. */
    static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("Task_AssessConcern", Kind.ASSESSMENT), Map.entry("Task_SendAcknowledgement", Kind.ACKNOWLEDGEMENT),
            Map.entry("Task_ActAcutely", Kind.ACUTE), Map.entry("Task_GiveFeedback", Kind.ACKNOWLEDGEMENT),
            Map.entry("Task_DecideYoungPersonPlan", Kind.PLAN), Map.entry("Task_WriteYoungPersonPlan", Kind.PLAN),
            Map.entry("Task_FollowUpAfterReturn", Kind.FOLLOW_UP),
            Map.entry("Task_DecideRoute", Kind.INTAKE), Map.entry("Task_Clarify", Kind.INTAKE),
            Map.entry("Task_ChildConversation", Kind.INTAKE), Map.entry("Task_HoldDialogueMeeting", Kind.INTAKE),
            Map.entry("Task_DistributeCase", Kind.INTAKE), Map.entry("Task_HandleLateAssessment", Kind.ASSESSMENT),
            Map.entry("Task_HandleLateAcknowledgement", Kind.ACKNOWLEDGEMENT),
            Map.entry("Task_HandleLateInvestigation", Kind.INVESTIGATION), Map.entry("Task_ReviseMeasure", Kind.MEASURE),
            Map.entry("Task_ReviewTeamCases", Kind.CASE_REVIEW), Map.entry("Task_SuperviseCaseworker", Kind.CASE_REVIEW),
            Map.entry("Task_PrepareMeeting", Kind.MEETING), Map.entry("Task_HandleMissedMeeting", Kind.MEETING),
            Map.entry("Task_AgreeQuestions", Kind.MEETING), Map.entry("Task_ApproveFamilyPlan", Kind.MEETING),
            Map.entry("Task_TriageRequests", Kind.PREVENTION), Map.entry("Task_DistributeFamilies", Kind.PREVENTION),
            Map.entry("Task_ContactFamily", Kind.PREVENTION), Map.entry("Task_HoldStartMeeting", Kind.PREVENTION),
            Map.entry("Task_FollowCourse", Kind.PREVENTION), Map.entry("Task_CloseCourse", Kind.PREVENTION),
            Map.entry("Task_RecordSession", Kind.PREVENTION), Map.entry("Task_GiveAnonymousCounselling", Kind.PREVENTION),
            Map.entry("Task_ApproveExtension", Kind.PREVENTION),
            Map.entry("Task_Investigate", Kind.INVESTIGATION), Map.entry("Task_InvestigateNewConcern", Kind.INVESTIGATION),
            Map.entry("Task_ReassessCase", Kind.CASE_REVIEW),
            Map.entry("Task_InterimAssessment", Kind.INVESTIGATION),
            Map.entry("Task_PrepareInterimAssessment", Kind.INVESTIGATION), Map.entry("Task_WritePlan", Kind.PLAN),
            Map.entry("Task_RevisePlan", Kind.PLAN), Map.entry("Task_WritePlacementPlan", Kind.PLAN),
            Map.entry("Task_EndMeasure", Kind.MEASURE), Map.entry("Task_ChooseMeasure", Kind.MEASURE),
            Map.entry("Task_ApproveMeasure", Kind.MEASURE), Map.entry("Task_FollowCase", Kind.CASE_REVIEW),
            Map.entry("Task_Decide", Kind.DECISION), Map.entry("Task_AwaitHearingAnswer", Kind.DECISION),
            Map.entry("Task_PrepareSubmission", Kind.DECISION), Map.entry("Task_RecordCommitteeDecision", Kind.DECISION),
            Map.entry("Task_ConfirmProvisional", Kind.DECISION),
            Map.entry("Task_CollectStatuses", Kind.MEETING), Map.entry("Task_HoldMeeting", Kind.MEETING),
            Map.entry("Task_HoldConference", Kind.MEETING), Map.entry("Task_CarryOutActionPoint", Kind.ACTION_POINT),
            Map.entry("Task_PrepareFollowUp", Kind.FOLLOW_UP), Map.entry("Task_HoldFollowUp", Kind.FOLLOW_UP),
            Map.entry("Task_HandleOverdueFollowUp", Kind.FOLLOW_UP), Map.entry("Task_PlacementVisit", Kind.VISIT),
            Map.entry("Task_ComposeTeam", Kind.INTERVENTION), Map.entry("Task_WeeklyFocus", Kind.INTERVENTION),
            Map.entry("Task_WriteReport", Kind.INTERVENTION), Map.entry("Task_DecideNext", Kind.INTERVENTION));

    public enum Kind {
        ASSESSMENT("24-timers vurdering"),
        /** Routing a concern after its assessment: triage, afdækning, the child's conversation, a dialogue meeting. */
        INTAKE("Visitation af underretning"),
        /** The early-prevention unit's work: requests, families, courses and sessions. */
        PREVENTION("Tidlig forebyggelse"),
        /** "Handl akut": the child is in acute danger. */
        ACUTE("Akut handling"),
        /** The receipt to a professional notifier, and the udvidet tilbagemelding (§ 138). */
        ACKNOWLEDGEMENT("Kvittering og tilbagemelding"), INVESTIGATION("Børnefaglig undersøgelse"),
        PLAN("Barnets plan"), MEASURE("Indsats"),
        /** The decision on a measure, its hearing, and the committee's way (afgørelse, partshøring, § 47). */
        DECISION("Afgørelse"), CASE_REVIEW("Følg sagen"), MEETING("Netværksmøde"),
        ACTION_POINT("Aftalt handling"), FOLLOW_UP("Opfølgning"),
        /** A supervision visit to a placed child (tilsynsbesøg). */
        VISIT("Tilsynsbesøg"),
        /** A task of the intensive home-based intervention (team, the week's work, report, decision). */
        INTERVENTION("Intensiv indsats"),
        OTHER("Andet");

        private final String danishName;

        Kind(String danishName) {
            this.danishName = danishName;
        }

        public String danishName() {
            return danishName;
        }
    }

    /** The task ids of the models that are deadlines of {@code kind} (for metrics by kind). */
    public static java.util.List<String> taskKeysOf(Kind kind) {
        return KINDS.entrySet().stream().filter(entry -> entry.getValue() == kind).map(Map.Entry::getKey).sorted().toList();
    }

    public record Deadline(String task, Kind kind, Instant due, String reference, String assignee, String taskId) {
    }

    public record TeamDeadlineList(String teamId, Instant asOf, List<Deadline> overdue, List<Deadline> coming) {
    }

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final Organisation organisation;
    private final EngineAsSystem system;
    private final TimeSource time;

    TeamDeadlines(TaskService tasks, RuntimeService runtime, Organisation organisation, EngineAsSystem system,
                  TimeSource time) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.organisation = organisation;
        this.system = system;
        this.time = time;
    }

    /** For the team's staff, its leader(s) and managers. */
    public TeamDeadlineList of(String teamId, CurrentUser user) {
        if (organisation.teams().stream().noneMatch(team -> team.id().equals(teamId))) {
            throw new NotFoundException("Team " + teamId + " findes ikke");
        }
        if (!user.isInTeam(teamId) && !user.isIn(Groups.teamLeaders(teamId)) && !user.isInAny(Groups.MANAGERS, Groups.ADMIN)) {
            throw new ForbiddenException("Fristlisten vises for teamets medarbejdere, teamledere og ledelsen.");
        }
        Instant now = time.now();
        Date horizon = Date.from(now.plus(COMING));
        // As the system: the list covers the team's tasks whoever holds them (the leader's approvals too).
        List<Task> open = system.call(() -> tasks.createTaskQuery().processVariableValueEquals("teamId", teamId)
                .dueBefore(horizon).orderByDueDate().asc().list());
        Map<String, String> references = references(open);
        List<Deadline> due = open.stream().map(task -> new Deadline(task.getName(),
                KINDS.getOrDefault(task.getTaskDefinitionKey(), Kind.OTHER), task.getDueDate().toInstant(),
                references.get(task.getProcessInstanceId()), task.getAssignee(), task.getId())).toList();
        return new TeamDeadlineList(teamId, now, due.stream().filter(d -> d.due().isBefore(now)).toList(),
                due.stream().filter(d -> !d.due().isBefore(now)).toList());
    }

    /**
     * Each task's case or concern number: its process's business key (the number managers search
     * for), read for all tasks in one query rather than a variable per task.
     */
    private Map<String, String> references(List<Task> open) {
        Set<String> instances = open.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (instances.isEmpty()) {
            return Map.of();
        }
        return system.call(() -> runtime.createProcessInstanceQuery().processInstanceIds(instances).list()).stream()
                .filter(instance -> instance.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }
}
