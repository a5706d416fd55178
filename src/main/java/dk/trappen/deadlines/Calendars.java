package dk.trappen.deadlines;

import org.springframework.stereotype.Component;

/**
 * The two calendars, by design: {@link #statutory()} counts the law's deadlines (hverdage: Monday
 * to Friday minus public holidays only, e.g. the acknowledgement to a professional notifier on the
 * 6th working day, Barnets lov § 138); {@link #municipal()} counts the municipality's own service
 * deadlines (contact the family the same or next working day, the supervision round's first and
 * last working day) and also skips its closing days from {@code trappen.calendar.closing-days}.
 */
@Component
public class Calendars {

    private final WorkingDayCalendar statutory = WorkingDayCalendar.publicHolidaysOnly();
    private final WorkingDayCalendar municipal;

    public Calendars(CalendarProperties properties) {
        this.municipal = WorkingDayCalendar.withClosingDays(properties.closingMonthDays());
    }

    /** For deadlines the law sets: public holidays only, never the municipality's closing days. */
    public WorkingDayCalendar statutory() {
        return statutory;
    }

    /** For the municipality's own service deadlines: public holidays and its closing days. */
    public WorkingDayCalendar municipal() {
        return municipal;
    }
}
