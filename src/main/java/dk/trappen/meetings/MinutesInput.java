package dk.trappen.meetings;

import java.time.LocalDate;
import java.util.List;

/** What the meeting agreed: minutes, decisions, the joint plan and who does what by when. */
public record MinutesInput(String minutes, String decisions, String planForChild, String planForParents,
                           String whoDoesWhat, List<ActionPointInput> actionPoints) {

    /** An action point; its owner is a staff user id (it becomes their task) or a name. */
    public record ActionPointInput(String field, String description, String owner, LocalDate dueDate) {
    }
}
