package dk.trappen.deadlines;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Danish working days (hverdage): Monday to Friday, not a Danish public holiday (jollyday knows
 * the Easter-based days and that Store Bededag ended after 2023), and not one of the
 * municipality's own closing days (configured, by default 24 and 31 December and 5 June).
 */
@Component
public class WorkingDayCalendar {

    private final HolidayManager holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.DENMARK));
    private final Set<MonthDay> closingDays;

    public WorkingDayCalendar(@Value("${trappen.calendar.closing-days:}") List<String> closingDays) {
        this.closingDays = closingDays.stream()
                .filter(day -> !day.isBlank())
                .map(day -> MonthDay.parse("--" + day.trim()))
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean isWorkingDay(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY, SUNDAY -> false;
            default -> !holidays.isHoliday(date) && !closingDays.contains(MonthDay.from(date));
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
