package dk.trappen.casefile;

import java.time.LocalDate;
import java.util.List;

import dk.trappen.casefile.internal.ChildViewEntity;
import dk.trappen.casefile.internal.ChildViewRepository;
import dk.trappen.platform.InvalidInputException;
import dk.trappen.platform.Problems;
import dk.trappen.platform.TimeSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child's voice at every decision on a measure (Barnets lov § 5): choosing, changing, extending
 * and ending a measure records the date of the conversation with the child, or why it was not
 * held; approving one needs that record. The server refuses the completion without it.
 */
@Service
@Transactional
public class ChildViews {

    /** The decisions on a measure that hear the child first. */
    public enum Decision { CHOOSE, REVISE, EXTEND, END }

    static final String HEARD_ON = "childHeardOn";
    static final String NOT_HEARD_REASON = "childNotHeardReason";

    private final ChildViewRepository views;
    private final TimeSource time;

    ChildViews(ChildViewRepository views, TimeSource time) {
        this.views = views;
        this.time = time;
    }

    /** Refuses (400, naming the field) unless the conversation's date, not in the future, or a reason is given. */
    public void check(LocalDate heardOn, String notHeardReason) {
        Problems problems = new Problems();
        if (heardOn == null) {
            if (notHeardReason == null || notHeardReason.isBlank()) {
                problems.add(NOT_HEARD_REASON, "skal udfyldes, når der ikke er en dato for samtalen med barnet "
                        + "(barnets synspunkt skal foreligge før afgørelsen, Barnets lov § 5)");
            }
        } else if (heardOn.isAfter(time.today())) {
            problems.add(HEARD_ON, "kan ikke ligge i fremtiden");
        }
        problems.maxLength(NOT_HEARD_REASON, notHeardReason, 4000);
        problems.throwIfAny();
    }

    public void record(long caseId, long measureId, Decision decision, LocalDate heardOn, String notHeardReason,
                       String user) {
        check(heardOn, notHeardReason);
        views.save(new ChildViewEntity(caseId, measureId, decision.name(), heardOn,
                heardOn == null ? notHeardReason.trim() : null, user, time.now()));
    }

    /** The child's view as last recorded for a measure: the conversation's date, or why it was not held. */
    public record View(LocalDate heardOn, String notHeardReason) {
    }

    /** The view recorded when the measure was chosen (or changed, extended, ended), for the decision that follows. */
    @Transactional(readOnly = true)
    public java.util.Optional<View> latestFor(long measureId) {
        List<ChildViewEntity> recorded = views.findByMeasureIdOrderByIdAsc(measureId);
        return recorded.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(recorded.get(recorded.size() - 1))
                .map(view -> new View(view.heardOn(), view.notHeardReason()));
    }

    /** Approving a measure: the child's view must have been recorded when it was chosen or changed. */
    @Transactional(readOnly = true)
    public void requireFor(long measureId) {
        if (!views.existsByMeasureId(measureId)) {
            throw InvalidInputException.of("approval", "barnets synspunkt er ikke registreret for indsatsen: send den "
                    + "tilbage til rådgiveren (Barnets lov § 5)");
        }
    }
}
