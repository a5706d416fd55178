package dk.trappen.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The managers' dashboard: aggregates only, never a child's name. Kolding's five goals: (1) more
 * children moved down the staircase, (2) more families' networks involved, (3) shorter placements,
 * (4) more placements in the network, (5) more children heard.
 */
public record DashboardView(List<String> teams, LocalDate from, LocalDate to, Instant generatedAt,
                            List<Caseload> caseload, int caseloadTarget, int caseloadMax,
                            List<DeadlineCount> deadlines, List<StepCount> childrenPerStep,
                            List<Moves> movesPerMonth, List<Moves> movesPerQuarter,
                            Networks networks, Placements placements, Heard heard) {

    /** Open cases of one caseworker (staff, not children). */
    public record Caseload(String caseworker, String name, String teamId, long openCases, String level) {
    }

    public record DeadlineCount(String kind, String name, long overdue, long coming) {
    }

    public record StepCount(int step, String name, long children) {
    }

    /** Moves between steps in a month ("2026-11") or quarter ("2026-Q4"). */
    public record Moves(String period, long down, long up) {
    }

    /** Goal 2: network meetings held in the period per open case. */
    public record Networks(long meetingsHeld, long openCases, double meetingsPerCase) {
    }

    /** Goals 3 and 4: how long placements last, and how many are in the child's network. */
    public record Placements(long running, long inNetwork, double networkShare, long endedInPeriod,
                             double averageEndedDays, double averageRunningDays) {
    }

    /** Goal 5: follow-ups that heard the child, and the families' FIT scores by month. */
    public record Heard(long followUpsHeld, long childHeard, double heardShare, List<FitMonth> fit) {
    }

    /**
     * A month's FIT: ORS (how life goes) and SRS (the working alliance) are different scales with
     * different cut-offs, so each has its own average and count; they are never averaged together.
     */
    public record FitMonth(String month, Double averageOrs, long orsScores, Double averageSrs, long srsScores) {
    }
}
