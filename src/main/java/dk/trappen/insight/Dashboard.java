package dk.trappen.insight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dk.trappen.casefile.CaseView;
import dk.trappen.casefile.CaseloadProperties;
import dk.trappen.casefile.ChildCases;
import dk.trappen.casefile.Investigations;
import dk.trappen.deadlines.Deadlines;
import dk.trappen.deadlines.TeamDeadlines;
import dk.trappen.followup.FollowUpView;
import dk.trappen.followup.FollowUps;
import dk.trappen.meetings.Meetings;
import dk.trappen.organisation.CurrentUser;
import dk.trappen.organisation.Groups;
import dk.trappen.organisation.Organisation;
import dk.trappen.organisation.Team;
import dk.trappen.platform.ForbiddenException;
import dk.trappen.platform.InvalidInputException;
import dk.trappen.platform.NotFoundException;
import dk.trappen.platform.TimeSource;
import dk.trappen.staircase.MeasureKind;
import dk.trappen.staircase.MeasureStatus;
import dk.trappen.staircase.MeasureView;
import dk.trappen.staircase.Measures;
import dk.trappen.staircase.StaircaseMove;
import dk.trappen.staircase.StaircaseStep;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers' figures, computed from the modules' own data for the teams a user may see (team
 * leaders their team, managers all) and a period (default: the last 12 months). Aggregates only.
 */
@Service
@Transactional(readOnly = true)
public class Dashboard {

    static final String[] RULER = {"1", "2", "3", "4a", "4b"};
    /** No figures before Trappen's oldest possible data; a date before it is a mistake or a probe. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /**
     * The widest period one request may ask for. Every month of the period is a row of the charts,
     * so an unbounded period (from=-999999999-01-01) once ran for minutes and exhausted the memory.
     */
    public static final int MAX_YEARS = 5;

    private final ChildCases cases;
    private final Measures measures;
    private final Meetings meetings;
    private final FollowUps followUps;
    private final Investigations investigations;
    private final TeamDeadlines teamDeadlines;
    private final Organisation organisation;
    private final CaseloadProperties caseload;
    private final Deadlines deadlines;
    private final TimeSource time;

    Dashboard(ChildCases cases, Measures measures, Meetings meetings, FollowUps followUps, Investigations investigations,
              TeamDeadlines teamDeadlines, Organisation organisation, CaseloadProperties caseload, Deadlines deadlines,
              TimeSource time) {
        this.cases = cases;
        this.measures = measures;
        this.meetings = meetings;
        this.followUps = followUps;
        this.investigations = investigations;
        this.teamDeadlines = teamDeadlines;
        this.organisation = organisation;
        this.caseload = caseload;
        this.deadlines = deadlines;
        this.time = time;
    }

    /** The teams {@code user} may see: all for managers, their own for team leaders; nobody else. */
    public List<String> visibleTeams(CurrentUser user) {
        boolean all = user.isInAny(Groups.MANAGERS, Groups.ADMIN);
        List<String> teams = organisation.teams().stream().map(Team::id)
                .filter(id -> all || user.isIn(Groups.teamLeaders(id))).toList();
        if (teams.isEmpty()) {
            throw new ForbiddenException("Overblikket er for teamledere og ledelsen.");
        }
        return teams;
    }

    /** {@code team} null: every team the user may see. Period null: the last 12 months up to today. */
    public DashboardView of(CurrentUser user, String team, LocalDate from, LocalDate to) {
        List<String> teams = scope(user, team);
        LocalDate end = to == null ? time.today() : to;
        LocalDate start = from == null ? end.minusMonths(12).plusDays(1) : from;
        checkPeriod(start, end);
        List<CaseView> all = teams.stream().flatMap(id -> cases.casesOfTeam(id).stream()).toList();
        List<CaseView> open = all.stream().filter(CaseView::open).toList();
        Set<Long> allIds = all.stream().map(c -> c.ref().id()).collect(Collectors.toSet());
        Set<Long> openIds = open.stream().map(c -> c.ref().id()).collect(Collectors.toSet());
        List<MeasureView> measureList = measures.ofCases(allIds);
        List<StaircaseMove> moves = measures.movesBetween(allIds, start, end);
        return new DashboardView(teams, start, end, time.now(), caseload(user, teams), caseload.target(), caseload.max(),
                deadlines(user, teams), childrenPerStep(open), moves(moves, start, end, false),
                moves(moves, start, end, true), networks(openIds, start, end), placements(measureList, start, end),
                heard(allIds, start, end));
    }

    /** A quarter's evaluation (Kolding evaluates every 3 months) by Børnelineal category and step. */
    public record Evaluation(List<String> teams, String quarter, LocalDate from, LocalDate to, List<String> steps,
                             List<EvaluationRow> rows) {
    }

    /** One Børnelineal category: open cases per current step, and the quarter's moves down and up. */
    public record EvaluationRow(String category, List<Long> childrenPerStep, long movesDown, long movesUp) {
    }

    public Evaluation evaluation(CurrentUser user, String team, String quarter) {
        List<String> teams = scope(user, team);
        LocalDate from = quarterStart(quarter);
        LocalDate to = from.plusMonths(3).minusDays(1);
        List<CaseView> all = teams.stream().flatMap(id -> cases.casesOfTeam(id).stream()).toList();
        Set<Long> allIds = all.stream().map(c -> c.ref().id()).collect(Collectors.toSet());
        Map<Long, String> category = investigations.latestRulerCategories(allIds);
        Map<Long, Integer> stepOfCase = measures.currentStepsOfCases(allIds);
        List<StaircaseMove> moves = measures.movesBetween(allIds, from, to);
        List<String> categories = new ArrayList<>(List.of(RULER));
        categories.add("ukendt");
        List<EvaluationRow> rows = categories.stream().map(cat -> {
            Function<Long, String> categoryOf = caseId -> category.getOrDefault(caseId, "ukendt");
            List<Long> perStep = IntStream.rangeClosed(0, 6).mapToObj(step -> all.stream().filter(CaseView::open)
                    .filter(c -> categoryOf.apply(c.ref().id()).equals(cat))
                    .filter(c -> stepOfCase.getOrDefault(c.ref().id(), 0) == step).count()).toList();
            long down = moves.stream().filter(m -> categoryOf.apply(m.caseId()).equals(cat)).filter(StaircaseMove::isDown).count();
            long up = moves.stream().filter(m -> categoryOf.apply(m.caseId()).equals(cat)).filter(m -> !m.isDown()).count();
            return new EvaluationRow(cat, perStep, down, up);
        }).toList();
        List<String> steps = IntStream.rangeClosed(0, 6).mapToObj(Dashboard::stepName).toList();
        return new Evaluation(teams, quarter, from, to, steps, rows);
    }

    // ------------------------------------------------------------------ the figures

    private List<String> scope(CurrentUser user, String team) {
        List<String> visible = visibleTeams(user);
        if (team == null || team.isBlank()) {
            return visible;
        }
        if (organisation.teams().stream().noneMatch(t -> t.id().equals(team))) {
            throw new NotFoundException("Team " + team + " findes ikke");
        }
        if (!visible.contains(team)) {
            throw new ForbiddenException("Du kan se overblikket for " + String.join(", ", visible) + ".");
        }
        return List.of(team);
    }

    private List<DashboardView.Caseload> caseload(CurrentUser user, List<String> teams) {
        return cases.caseload(user).stream().filter(entry -> teams.contains(entry.teamId()))
                .map(entry -> new DashboardView.Caseload(entry.caseworker(), entry.name(), entry.teamId(), entry.openCases(),
                        entry.level().name())).toList();
    }

    private List<DashboardView.DeadlineCount> deadlines(CurrentUser user, List<String> teams) {
        Map<TeamDeadlines.Kind, long[]> counts = new TreeMap<>();
        for (String team : teams) {
            TeamDeadlines.TeamDeadlineList list = teamDeadlines.of(team, user);
            list.overdue().forEach(d -> counts.computeIfAbsent(d.kind(), k -> new long[2])[0]++);
            list.coming().forEach(d -> counts.computeIfAbsent(d.kind(), k -> new long[2])[1]++);
        }
        return java.util.Arrays.stream(TeamDeadlines.Kind.values()).map(kind -> {
            long[] c = counts.getOrDefault(kind, new long[2]);
            return new DashboardView.DeadlineCount(kind.name(), kind.danishName(), c[0], c[1]);
        }).toList();
    }

    private List<DashboardView.StepCount> childrenPerStep(List<CaseView> open) {
        Map<Long, Integer> stepOfCase = measures.currentStepsOfCases(open.stream().map(c -> c.ref().id()).toList());
        return IntStream.rangeClosed(0, 6).mapToObj(step -> new DashboardView.StepCount(step, stepName(step),
                open.stream().filter(c -> stepOfCase.getOrDefault(c.ref().id(), 0) == step).count())).toList();
    }

    private static String stepName(int step) {
        return step == 0 ? "Ingen indsats" : StaircaseStep.of(step).danishName();
    }

    /** Every month (or quarter) of the period, also those without moves, so the chart's axis is honest. */
    private static List<DashboardView.Moves> moves(List<StaircaseMove> moves, LocalDate from, LocalDate to, boolean quarters) {
        Function<LocalDate, String> periodOf = quarters
                ? day -> day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1) : day -> YearMonth.from(day).toString();
        Map<String, long[]> byPeriod = new TreeMap<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            byPeriod.putIfAbsent(periodOf.apply(month.atDay(1)), new long[2]);
        }
        moves.forEach(move -> byPeriod.computeIfAbsent(periodOf.apply(move.movedOn()), k -> new long[2])[move.isDown() ? 0 : 1]++);
        return byPeriod.entrySet().stream().map(e -> new DashboardView.Moves(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private DashboardView.Networks networks(Collection<Long> openIds, LocalDate from, LocalDate to) {
        long held = meetings.heldPerCase(openIds, from.atStartOfDay(time.zone()).toInstant(), deadlines.endOfDay(to))
                .values().stream().mapToLong(Long::longValue).sum();
        return new DashboardView.Networks(held, openIds.size(), openIds.isEmpty() ? 0 : round((double) held / openIds.size()));
    }

    private DashboardView.Placements placements(List<MeasureView> measureList, LocalDate from, LocalDate to) {
        List<MeasureView> placements = measureList.stream().filter(MeasureView::isPlacement).toList();
        List<MeasureView> running = placements.stream().filter(m -> m.status() == MeasureStatus.GRANTED).toList();
        long inNetwork = running.stream().filter(m -> m.measureKind() == MeasureKind.NETWORK_PLACEMENT).count();
        List<MeasureView> ended = placements.stream().filter(m -> m.status() == MeasureStatus.ENDED && m.endedOn() != null)
                .filter(m -> !m.endedOn().isBefore(from) && !m.endedOn().isAfter(to)).toList();
        LocalDate today = time.today();
        return new DashboardView.Placements(running.size(), inNetwork, running.isEmpty() ? 0 : round((double) inNetwork / running.size()),
                ended.size(), average(ended.stream().mapToLong(m -> ChronoUnit.DAYS.between(m.startDate(), m.endedOn()))),
                average(running.stream().mapToLong(m -> Math.max(0, ChronoUnit.DAYS.between(m.startDate(), today)))));
    }

    private DashboardView.Heard heard(Collection<Long> caseIds, LocalDate from, LocalDate to) {
        List<FollowUpView> held = followUps.heldBetween(caseIds, from, to);
        long heardCount = held.stream().filter(f -> Boolean.TRUE.equals(f.childHeard())).count();
        // ORS and SRS are two scales: two series per month, never one average of both.
        Map<String, List<Integer>> ors = new TreeMap<>();
        Map<String, List<Integer>> srs = new TreeMap<>();
        for (FollowUpView f : held) {
            String month = YearMonth.from(f.heldOn()).toString();
            if (f.fitOrs() != null) {
                ors.computeIfAbsent(month, k -> new ArrayList<>()).add(f.fitOrs());
            }
            if (f.fitSrs() != null) {
                srs.computeIfAbsent(month, k -> new ArrayList<>()).add(f.fitSrs());
            }
        }
        java.util.SortedSet<String> months = new java.util.TreeSet<>(ors.keySet());
        months.addAll(srs.keySet());
        return new DashboardView.Heard(held.size(), heardCount, held.isEmpty() ? 0 : round((double) heardCount / held.size()),
                months.stream().map(month -> new DashboardView.FitMonth(month,
                        fitAverage(ors.get(month)), ors.getOrDefault(month, List.of()).size(),
                        fitAverage(srs.get(month)), srs.getOrDefault(month, List.of()).size())).toList());
    }

    private static Double fitAverage(List<Integer> scores) {
        return scores == null || scores.isEmpty() ? null : average(scores.stream().mapToLong(Integer::longValue));
    }

    LocalDate quarterStart(String quarter) {
        if (quarter == null || !quarter.matches("\\d{4}-Q[1-4]")) {
            throw InvalidInputException.of("quarter", "skal skrives som år og kvartal, fx 2026-Q4");
        }
        int q = quarter.charAt(6) - '0';
        LocalDate start = LocalDate.of(Integer.parseInt(quarter.substring(0, 4)), (q - 1) * 3 + 1, 1);
        if (start.isBefore(EARLIEST) || start.isAfter(latest())) {
            throw InvalidInputException.of("quarter", "skal ligge mellem " + EARLIEST.getYear() + " og " + latest().getYear());
        }
        return start;
    }

    /**
     * A period the dashboard answers: from 2000 on, ending at most a year ahead, at most
     * {@link #MAX_YEARS} years long, the start before the end. Each bad parameter is named.
     */
    private void checkPeriod(LocalDate start, LocalDate end) {
        var problems = new dk.trappen.platform.Problems();
        if (start.isBefore(EARLIEST)) {
            problems.add("from", "må tidligst være " + EARLIEST);
        }
        if (end.isBefore(EARLIEST) || end.isAfter(latest())) {
            problems.add("to", "skal ligge mellem " + EARLIEST + " og " + latest());
        }
        problems.throwIfAny();
        if (start.isAfter(end)) {
            throw InvalidInputException.of("from", "skal ligge før til-datoen " + end);
        }
        if (start.isBefore(end.minusYears(MAX_YEARS).plusDays(1))) {
            throw InvalidInputException.of("from", "perioden må højst være " + MAX_YEARS + " år (fra "
                    + end.minusYears(MAX_YEARS).plusDays(1) + " til " + end + ")");
        }
    }

    /** The latest day a period may end: a year from today. */
    private LocalDate latest() {
        return time.today().plusYears(1);
    }

    public String currentQuarter() {
        LocalDate today = time.today();
        return today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
    }

    private static double average(java.util.stream.LongStream values) {
        return round(values.average().orElse(0));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
