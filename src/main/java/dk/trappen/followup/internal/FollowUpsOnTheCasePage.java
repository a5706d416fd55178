package dk.trappen.followup.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.trappen.casefile.CaseJournalEntry;
import dk.trappen.casefile.CaseJournalSource;
import dk.trappen.followup.FollowUpDecision;
import dk.trappen.followup.FollowUpView;
import dk.trappen.followup.FollowUps;
import dk.trappen.platform.TimeSource;
import org.springframework.stereotype.Component;

/**
 * What each held follow-up recorded — progress on the plan's goals, the child heard and their view,
 * the family's FIT scores, the decision and its reason — in the case's chronological journal, so the
 * caseworker reads it on the case page instead of only in the task that recorded it.
 */
@Component
class FollowUpsOnTheCasePage implements CaseJournalSource {

    /** The decision as "Gennemfør opfølgning" words it. */
    private static final Map<FollowUpDecision, String> DECISION = Map.of(
            FollowUpDecision.CONTINUE, "Fortsæt indsatsen",
            FollowUpDecision.STEP_DOWN, "Trin ned: en mindre indgribende indsats",
            FollowUpDecision.STEP_UP, "Trin op: en mere indgribende indsats",
            FollowUpDecision.END_MEASURE, "Afslut indsatsen");

    private final FollowUps followUps;
    private final TimeSource time;

    FollowUpsOnTheCasePage(FollowUps followUps, TimeSource time) {
        this.followUps = followUps;
        this.time = time;
    }

    @Override
    public List<CaseJournalEntry> entriesOf(long caseId) {
        return followUps.held(caseId).stream().map(f -> new CaseJournalEntry(
                f.heldOn().atStartOfDay(time.zone()).toInstant(), "Opfølgning",
                "Opfølgning nr. " + f.sequenceNo() + " på indsats nr. " + f.measureId()
                        + (f.decision() == null ? "" : ": " + DECISION.get(f.decision())),
                f.heldBy(), text(f), null, CaseJournalEntry.RECORD)).toList();
    }

    private static String text(FollowUpView f) {
        List<String> lines = new ArrayList<>();
        f.goals().forEach(goal -> lines.add("Mål " + goal.goal() + ": " + goal.score() + " af 10"
                + (goal.note() == null || goal.note().isBlank() ? "" : " – " + goal.note())));
        if (f.childHeard() != null) {
            lines.add(f.childHeard() ? "Barnet er hørt." : "Barnet er ikke hørt: " + f.childNotHeardReason());
        }
        if (f.childView() != null && !f.childView().isBlank()) {
            lines.add("Barnets synspunkt: " + f.childView());
        }
        if (f.fitOrs() != null || f.fitSrs() != null) {
            lines.add("FIT: ORS " + (f.fitOrs() == null ? "–" : f.fitOrs()) + " af 40, SRS "
                    + (f.fitSrs() == null ? "–" : f.fitSrs()) + " af 40");
        }
        if (f.decisionReason() != null && !f.decisionReason().isBlank()) {
            lines.add("Begrundelse: " + f.decisionReason());
        }
        if (f.homeReturnPossible() != null) {
            lines.add((f.homeReturnPossible() ? "Hjemgivelse er mulig: " : "Hjemgivelse er ikke mulig endnu: ")
                    + f.homeReturnReason());
        }
        return String.join("\n", lines);
    }
}
