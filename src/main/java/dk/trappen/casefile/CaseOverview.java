package dk.trappen.casefile;

import java.time.Instant;
import java.util.List;

import dk.trappen.staircase.MeasureView;
import dk.trappen.staircase.StaircaseMove;

/**
 * Everything a caseworker needs next to a task of the case: the child, the case, the current step,
 * the measures (running and ended), the current plan and its earlier versions, investigations,
 * notes, the next deadlines and the staircase history.
 */
public record CaseOverview(ChildRecord child, CaseView caseInfo, int currentStep, String currentStepName,
                           List<MeasureView> activeMeasures, List<MeasureView> otherMeasures, PlanView currentPlan,
                           List<PlanView> earlierPlans, List<InvestigationView> investigations,
                           List<CaseNoteView> notes, List<Meeting> meetings, List<Deadline> nextDeadlines,
                           List<StaircaseMove> staircaseHistory, SupportPerson supportPerson) {

    /** A network meeting of the case, with its action points still open (staff's and others'). */
    public record Meeting(long id, String number, String kind, String status, Instant scheduledAt,
                          List<ActionPoint> openActionPoints) {
    }

    public record ActionPoint(String description, String owner, java.time.LocalDate dueDate) {
    }

    /** An open task of the case with its due date. */
    public record Deadline(String task, Instant due, String assignee, boolean overdue) {
    }
}
