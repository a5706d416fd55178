package dk.trappen.casefile.internal;

import java.time.LocalDate;

import dk.trappen.casefile.GoalParty;
import dk.trappen.casefile.PlanView;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "plan_goal")
public class PlanGoal {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_goal_seq")
    @SequenceGenerator(name = "plan_goal_seq", sequenceName = "plan_goal_seq", allocationSize = 50)
    private Long id;
    @Enumerated(EnumType.STRING)
    private GoalParty party;
    private int position;
    private String description;
    private String progressSign;
    private LocalDate targetDate;

    protected PlanGoal() {
    }

    public PlanGoal(GoalParty party, int position, String description, String progressSign, LocalDate targetDate) {
        this.party = party;
        this.position = position;
        this.description = description;
        this.progressSign = progressSign;
        this.targetDate = targetDate;
    }

    PlanView.Goal toView() {
        return new PlanView.Goal(party, description, progressSign, targetDate);
    }
}
