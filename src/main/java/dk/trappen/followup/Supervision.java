package dk.trappen.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import dk.trappen.casefile.CaseRef;
import dk.trappen.casefile.ChildCases;
import dk.trappen.deadlines.Deadlines;
import dk.trappen.deadlines.TeamDeadlines;
import dk.trappen.deadlines.Calendars;
import dk.trappen.deadlines.WorkingDayCalendar;
import dk.trappen.followup.internal.CaseReviewEntity;
import dk.trappen.followup.internal.CaseReviewRepository;
import dk.trappen.followup.internal.SupervisionSampleEntity;
import dk.trappen.followup.internal.SupervisionSampleRepository;
import dk.trappen.organisation.CurrentUser;
import dk.trappen.organisation.Organisation;
import dk.trappen.organisation.StaffMember;
import dk.trappen.organisation.Team;
import dk.trappen.platform.NotFoundException;
import dk.trappen.platform.Problems;
import dk.trappen.platform.TimeSource;
import dk.trappen.staircase.Measures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Close professional management (Silkeborg, Herning): every month the team leader goes through 4
 * randomly drawn open cases with each caseworker (ledelsestilsyn), and every quarter the team
 * goes through all its open cases, overdue first (sagsgennemgang). The draw is recorded, so what
 * was looked at can be shown afterwards.
 */
@Service
@Transactional
public class Supervision {

    static final int CASES_PER_CASEWORKER = 4;
    /** When the round's tasks appear on its first working day. */
    static final LocalTime ROUND_STARTS = LocalTime.of(7, 0);

    private final SupervisionSampleRepository samples;
    private final CaseReviewRepository reviews;
    private final ChildCases cases;
    private final Measures measures;
    private final FollowUps followUps;
    private final TeamDeadlines teamDeadlines;
    private final Organisation organisation;
    private final WorkingDayCalendar calendar;
    private final Deadlines deadlines;
    private final TimeSource time;

    Supervision(SupervisionSampleRepository samples, CaseReviewRepository reviews, ChildCases cases, Measures measures,
                FollowUps followUps, TeamDeadlines teamDeadlines, Organisation organisation, Calendars calendars,
                Deadlines deadlines, TimeSource time) {
        this.samples = samples;
        this.reviews = reviews;
        this.cases = cases;
        this.measures = measures;
        this.followUps = followUps;
        this.teamDeadlines = teamDeadlines;
        this.organisation = organisation;
        this.calendar = calendars.municipal(); // a service deadline of the municipality's own: its closing days count
        this.deadlines = deadlines;
        this.time = time;
    }

    /**
     * A month's round: its period ("2026-12"), in a quarter's first month also the quarter
     * ("2027-Q1", else null) whose case review it holds, when it starts and is due, and the teams.
     */
    public record Round(String period, String reviewPeriod, Instant startsAt, Instant dueAt, List<String> teamIds) {

        public boolean quarterly() {
            return reviewPeriod != null;
        }
    }

    /** The cases drawn for one caseworker in a period. */
    public record Draw(String period, String teamId, String caseworker, String caseworkerName, List<CaseRef> cases) {
    }

    /** The team leader's checklist for one drawn case. */
    public record CaseCheck(long caseId, boolean progressOk, boolean measureRight, boolean deadlinesKept, String note) {
    }

    /** One open case in the quarterly review, with what is overdue on it. */
    public record ReviewRow(long caseId, String caseNumber, String caseworker, int step, long overdue,
                            Instant nextDeadline, LocalDate nextFollowUp) {
    }

    /**
     * The round the monthly timer started at {@code now}: it starts on the month's first working day
     * (the 1st may be a Saturday or New Year's Day) and is due by its last.
     */
    @Transactional(readOnly = true)
    public Round round(Instant now) {
        YearMonth month = YearMonth.from(time.inZone(now));
        String quarter = (month.getMonthValue() - 1) % 3 == 0
                ? month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1) : null;
        LocalDate first = month.atDay(1);
        while (!calendar.isWorkingDay(first)) {
            first = first.plusDays(1);
        }
        LocalDate last = month.atEndOfMonth();
        while (!calendar.isWorkingDay(last)) {
            last = last.minusDays(1);
        }
        return new Round(month.toString(), quarter, first.atTime(ROUND_STARTS).atZone(time.zone()).toInstant(), deadlines.endOfDay(last),
                organisation.teams().stream().map(Team::id).toList());
    }

    /**
     * Draws up to 4 open cases for every caseworker who has open cases in the team, from that
     * team's cases only; a repeated draw for the period (a retried job) returns the first one.
     * @return the caseworkers drawn for, by user id
     */
    public List<String> draw(String period, String teamId) {
        Map<String, List<CaseRef>> byCaseworker = cases.openCasesOfTeam(teamId).stream()
                .collect(Collectors.groupingBy(CaseRef::caseworker, LinkedHashMap::new, Collectors.toList()));
        List<SupervisionSampleEntity> earlier = samples.findByPeriodAndTeamIdOrderByCaseworkerAscPositionAsc(period, teamId);
        List<String> drawn = new ArrayList<>();
        byCaseworker.forEach((caseworker, open) -> {
            if (earlier.stream().noneMatch(sample -> sample.caseworker().equals(caseworker))) {
                List<CaseRef> shuffled = new ArrayList<>(open);
                Collections.shuffle(shuffled, ThreadLocalRandom.current());
                List<CaseRef> chosen = shuffled.subList(0, Math.min(CASES_PER_CASEWORKER, shuffled.size()));
                for (int i = 0; i < chosen.size(); i++) {
                    samples.save(new SupervisionSampleEntity(period, teamId, caseworker, chosen.get(i).id(), i + 1, time.now()));
                }
            }
            drawn.add(caseworker);
        });
        return drawn.stream().sorted().toList();
    }

    @Transactional(readOnly = true)
    public Draw drawFor(String period, String caseworker) {
        List<SupervisionSampleEntity> drawn = samples.findByPeriodAndCaseworkerOrderByPositionAsc(period, caseworker);
        if (drawn.isEmpty()) {
            throw new NotFoundException("Ingen sager trukket til " + caseworker + " i " + period);
        }
        String teamId = drawn.get(0).teamId();
        String name = organisation.caseworkersOf(teamId).stream().filter(member -> member.id().equals(caseworker))
                .map(StaffMember::name).filter(n -> !n.isBlank()).findFirst().orElse(caseworker);
        return new Draw(period, teamId, caseworker, name,
                drawn.stream().map(sample -> cases.ref(sample.caseId())).toList());
    }

    /** The team leader's checklist for each drawn case; only the drawn cases can be checked. */
    public void review(String period, String caseworker, List<CaseCheck> checks, String reviewedBy) {
        Map<Long, SupervisionSampleEntity> drawn = samples.findByPeriodAndCaseworkerOrderByPositionAsc(period, caseworker)
                .stream().collect(Collectors.toMap(SupervisionSampleEntity::caseId, sample -> sample));
        Problems problems = new Problems();
        for (CaseCheck check : checks) {
            if (!drawn.containsKey(check.caseId())) {
                problems.add("case", "sag " + check.caseId() + " er ikke trukket til dette tilsyn");
            }
            problems.maxLength("case" + check.caseId() + "Note", check.note(), 4000);
        }
        problems.throwIfAny();
        checks.forEach(check -> drawn.get(check.caseId()).review(check.progressOk(), check.measureRight(),
                check.deadlinesKept(), check.note() == null || check.note().isBlank() ? null : check.note().trim(),
                reviewedBy, time.now()));
    }

    /** The quarter's case review of a team, with how many cases were open; a retried job gets the same one. */
    public long prepareReview(String period, String teamId) {
        return reviews.findByPeriodAndTeamId(period, teamId).map(CaseReviewEntity::id)
                .orElseGet(() -> reviews.save(new CaseReviewEntity(period, teamId, cases.openCasesOfTeam(teamId).size(),
                        time.now())).id());
    }

    public void holdReview(long reviewId, LocalDate heldOn, String note, String heldBy) {
        Problems problems = new Problems();
        if (problems.require("reviewHeldOn", heldOn) && heldOn.isAfter(time.today())) {
            problems.add("reviewHeldOn", "kan ikke ligge i fremtiden");
        }
        problems.require("reviewNote", note);
        problems.maxLength("reviewNote", note, 4000);
        problems.throwIfAny();
        reviews.findById(reviewId).orElseThrow(() -> new NotFoundException("Sagsgennemgang " + reviewId + " findes ikke"))
                .held(heldOn, heldBy, note.trim());
    }

    /**
     * Every open case of the team for the review, most overdue items first, then by the next
     * deadline: numbers and steps only, no names. For the team, its leaders and managers.
     */
    @Transactional(readOnly = true)
    public List<ReviewRow> reviewList(String teamId, CurrentUser user) {
        TeamDeadlines.TeamDeadlineList list = teamDeadlines.of(teamId, user);
        Map<String, Long> overdue = list.overdue().stream().filter(d -> d.reference() != null)
                .collect(Collectors.groupingBy(TeamDeadlines.Deadline::reference, Collectors.counting()));
        Map<String, Instant> next = new LinkedHashMap<>();
        List.of(list.overdue(), list.coming()).forEach(deadlines -> deadlines.stream().filter(d -> d.reference() != null)
                .forEach(d -> next.merge(d.reference(), d.due(), (a, b) -> a.isBefore(b) ? a : b)));
        List<CaseRef> open = cases.openCasesOfTeam(teamId);
        List<Long> caseIds = open.stream().map(CaseRef::id).toList();
        Map<Long, Integer> steps = measures.currentStepsOfCases(caseIds);
        Map<Long, LocalDate> nextFollowUps = followUps.nextPlannedDue(caseIds);
        return open.stream().map(ref -> new ReviewRow(ref.id(), ref.caseNumber(), ref.caseworker(),
                        steps.getOrDefault(ref.id(), 0), overdue.getOrDefault(ref.caseNumber(), 0L),
                        next.get(ref.caseNumber()), nextFollowUps.get(ref.id())))
                .sorted(Comparator.comparingLong(ReviewRow::overdue).reversed()
                        .thenComparing(ReviewRow::nextDeadline, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ReviewRow::caseNumber))
                .toList();
    }
}
