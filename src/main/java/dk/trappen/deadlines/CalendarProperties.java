package dk.trappen.deadlines;

import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code trappen.calendar}: the municipality's closing days (MM-DD, e.g. {@code 12-24}) on top of
 * the public holidays. Bound as configuration properties, so a YAML list binds (a {@code @Value}
 * of a YAML list binds nothing, which once made every closing day silently ignored). A day that is
 * not MM-DD stops the start.
 */
@ConfigurationProperties("trappen.calendar")
public record CalendarProperties(List<String> closingDays) {

    public CalendarProperties {
        closingDays = closingDays == null ? List.of() : List.copyOf(closingDays);
    }

    public List<MonthDay> closingMonthDays() {
        return closingDays.stream().filter(day -> !day.isBlank()).map(CalendarProperties::parse).toList();
    }

    private static MonthDay parse(String day) {
        try {
            return MonthDay.parse("--" + day.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("trappen.calendar.closing-days: '" + day + "' is not a day as MM-DD", e);
        }
    }
}
