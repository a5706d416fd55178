package dk.trappen.casefile.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dk.trappen.casefile.PlanView;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One version of the child's plan. A revision is a new row; a version never changes once written. */
@Entity
@Table(name = "child_plan")
public class ChildPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "child_plan_seq")
    @SequenceGenerator(name = "child_plan_seq", sequenceName = "child_plan_seq", allocationSize = 50)
    private Long id;
    private long caseId;
    private int version;
    private Instant createdAt;
    private String createdBy;
    private String reason;
    private boolean youngPersonPlan;
    private Boolean youngPersonTookPart;
    private String youngPersonNotPartReason;
    @OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    @OrderBy("party asc, position asc")
    private List<PlanGoal> goals = new ArrayList<>();

    protected ChildPlan() {
    }

    public ChildPlan(long caseId, int version, List<PlanGoal> goals, String reason, String createdBy, Instant now) {
        this.caseId = caseId;
        this.version = version;
        this.goals = new ArrayList<>(goals);
        this.reason = reason;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** From 16 the plan is the young person's plan (ungeplan, § 108): who took part is recorded (§ 109). */
    public ChildPlan asYoungPersonPlan(boolean tookPart, String notPartReason) {
        this.youngPersonPlan = true;
        this.youngPersonTookPart = tookPart;
        this.youngPersonNotPartReason = notPartReason;
        return this;
    }

    public int version() {
        return version;
    }

    public PlanView toView() {
        return new PlanView(id, version, createdAt, createdBy, reason, goals.stream().map(PlanGoal::toView).toList(),
                youngPersonPlan, youngPersonTookPart, youngPersonNotPartReason);
    }
}
