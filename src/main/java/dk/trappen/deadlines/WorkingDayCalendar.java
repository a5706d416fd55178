package dk.trappen.deadlines;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.Set;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * A calendar of Danish working days (hverdage): Monday to Friday and not a Danish public holiday
 * (jollyday knows the Easter-based days and that Store Bededag ended after 2023), optionally minus
 * the municipality's own closing days. There are two, and they are never mixed up (see
 * {@link Calendars}): a deadline of the law counts public holidays only, a service deadline of the
 * municipality's own also skips the days its offices are closed.
 */
public final class WorkingDayCalendar {

    private static final HolidayManager HOLIDAYS =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.DENMARK));

    private final Set<MonthDay> closingDays;

    private WorkingDayCalendar(Collection<MonthDay> closingDays) {
        this.closingDays = Set.copyOf(closingDays);
    }

    /** The law's hverdage: Monday to Friday minus the Danish public holidays, nothing else. */
    public static WorkingDayCalendar publicHolidaysOnly() {
        return new WorkingDayCalendar(Set.of());
    }

    /** The municipality's working days: the law's, minus its own closing days (same day every year). */
    public static WorkingDayCalendar withClosingDays(Collection<MonthDay> closingDays) {
        return new WorkingDayCalendar(closingDays);
    }

    public Set<MonthDay> closingDays() {
        return closingDays;
    }

    public boolean isWorkingDay(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY, SUNDAY -> false;
            default -> !HOLIDAYS.isHoliday(date) && !closingDays.contains(MonthDay.from(date));
        };
    }

    /** The n-th working day after {@code day} (the day itself does not count). */
    public LocalDate addWorkingDays(LocalDate day, int n) {
        LocalDate date = day;
        int counted = 0;
        while (counted < n) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }
}
