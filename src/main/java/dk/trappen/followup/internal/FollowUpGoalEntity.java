package dk.trappen.followup.internal;

import dk.trappen.followup.FollowUpView;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "follow_up_goal")
public class FollowUpGoalEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_up_goal_seq")
    @SequenceGenerator(name = "follow_up_goal_seq", sequenceName = "follow_up_goal_seq", allocationSize = 50)
    private Long id;
    private long followUpId;
    /** The goal's place in the plan ("goal1" …), not its text: the plan version keeps the text. */
    private String goalField;
    private int score;
    private String note;

    protected FollowUpGoalEntity() {
    }

    public FollowUpGoalEntity(long followUpId, int goal, int score, String note) {
        this.followUpId = followUpId;
        this.goalField = "goal" + goal;
        this.score = score;
        this.note = note;
    }

    public long followUpId() {
        return followUpId;
    }

    public FollowUpView.GoalScore toScore() {
        return new FollowUpView.GoalScore(Integer.parseInt(goalField.substring(4)), score, note);
    }
}
