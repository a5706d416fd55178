package dk.trappen.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import dk.trappen.deadlines.internal.LegalRuleRepository;
import dk.trappen.platform.TimeSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Deadlines computed from the legal table, on the law's calendar (working days skip public holidays only). */
@Service
@Transactional(readOnly = true)
public class Deadlines {

    private final LegalRuleRepository rules;
    private final WorkingDayCalendar calendar;

    private final TimeSource time;

    Deadlines(LegalRuleRepository rules, Calendars calendars, TimeSource time) {
        this.rules = rules;
        // The legal table holds the law's deadlines: they count public holidays only.
        this.calendar = calendars.statutory();
        this.time = time;
    }

    public LegalRule rule(String code) {
        return rules.findById(code)
                .map(entity -> entity.toRule())
                .orElseThrow(() -> new IllegalStateException("Legal table has no rule " + code));
    }

    public List<LegalRule> all() {
        return rules.findAllByOrderByCode().stream().map(entity -> entity.toRule()).toList();
    }

    /**
     * The age a rule of the legal table starts at (a child's party status, a young person's consent):
     * data, so a change in the law is a data change.
     */
    public int ageFrom(String code) {
        Integer age = rules.findById(code).orElseThrow(() -> new IllegalStateException("Legal table has no rule " + code))
                .ageFrom();
        if (age == null) {
            throw new IllegalStateException("Legal rule " + code + " has no age");
        }
        return age;
    }

    /** The moment a deadline in hours, days or months runs out, counted from {@code from}. */
    public Instant deadline(String code, Instant from) {
        LegalRule rule = rule(code);
        ZonedDateTime start = time.inZone(from);
        int amount = requireDeadline(rule);
        return switch (rule.deadlineUnit()) {
            case HOURS -> from.plusSeconds(amount * 3600L);
            case DAYS -> start.plusDays(amount).toInstant();
            case MONTHS -> start.plusMonths(amount).toInstant();
            case WORKING_DAYS -> endOfDay(dueDate(code, from));
        };
    }

    /** The last day on which a deadline counted in days is met (for working days: the n-th working day after the day of {@code from}). */
    public LocalDate dueDate(String code, Instant from) {
        LegalRule rule = rule(code);
        int amount = requireDeadline(rule);
        LocalDate day = time.inZone(from).toLocalDate();
        return switch (rule.deadlineUnit()) {
            case WORKING_DAYS -> calendar.addWorkingDays(day, amount);
            case DAYS -> day.plusDays(amount);
            case MONTHS -> day.plusMonths(amount);
            case HOURS -> time.inZone(from.plusSeconds(amount * 3600L)).toLocalDate();
        };
    }

    /** The first moment of {@code day} in the municipality's zone: when a task announced for that day appears. */
    public Instant startOfDay(LocalDate day) {
        return day.atStartOfDay(time.zone()).toInstant();
    }

    /** The first moment after {@code day}: a deadline "on" a day is missed only when the day is over. */
    public Instant endOfDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay(time.zone()).toInstant();
    }

    private static int requireDeadline(LegalRule rule) {
        if (rule.deadlineAmount() == null || rule.deadlineUnit() == null) {
            throw new IllegalStateException("Legal rule " + rule.code() + " has no deadline");
        }
        return rule.deadlineAmount();
    }
}
