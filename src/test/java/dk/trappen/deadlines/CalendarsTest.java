package dk.trappen.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The two calendars (issue 16, point 8): the law's deadlines count Monday–Friday minus public
 * holidays only; the municipality's own service deadlines also skip its closing days, which are
 * really read from configuration (a YAML list, which {@code @Value} silently bound to nothing).
 */
class CalendarsTest {

    @Configuration
    @EnableConfigurationProperties(CalendarProperties.class)
    @Import(Calendars.class)
    static class CalendarConfig {
    }

    final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(CalendarConfig.class);

    @Test
    void theApplicationsYamlListOfClosingDaysReachesTheMunicipalCalendarAndNeverTheStatutoryOne() {
        runner.withInitializer(new ConfigDataApplicationContextInitializer()).run(context -> {
            Calendars calendars = context.getBean(Calendars.class);
            assertThat(calendars.municipal().closingDays())
                    .containsExactlyInAnyOrder(MonthDay.of(12, 24), MonthDay.of(12, 31), MonthDay.of(6, 5));
            LocalDate christmasEve = LocalDate.of(2026, 12, 24); // a Thursday, no public holiday
            assertThat(calendars.statutory().isWorkingDay(christmasEve)).isTrue();
            assertThat(calendars.municipal().isWorkingDay(christmasEve)).isFalse();
            // The 6th working day after Friday 18 December 2026: 21, 22, 23, 24, 28, 29 by the law;
            // 21, 22, 23, 28, 29, 30 for the municipality's own service.
            assertThat(calendars.statutory().addWorkingDays(LocalDate.of(2026, 12, 18), 6)).isEqualTo(LocalDate.of(2026, 12, 29));
            assertThat(calendars.municipal().addWorkingDays(LocalDate.of(2026, 12, 18), 6)).isEqualTo(LocalDate.of(2026, 12, 30));
        });
    }

    @Test
    void aMunicipalitysOwnClosingDaysAreReadAndOnlyTheServiceCalendarSkipsThem() {
        runner.withPropertyValues("trappen.calendar.closing-days[0]=03-17", "trappen.calendar.closing-days[1]=11-02")
                .run(context -> {
                    Calendars calendars = context.getBean(Calendars.class);
                    LocalDate closed = LocalDate.of(2027, 3, 17); // a Wednesday
                    assertThat(calendars.municipal().isWorkingDay(closed)).isFalse();
                    assertThat(calendars.municipal().isWorkingDay(LocalDate.of(2027, 11, 2))).isFalse();
                    assertThat(calendars.statutory().isWorkingDay(closed)).isTrue();
                    assertThat(calendars.municipal().isWorkingDay(LocalDate.of(2027, 12, 24)))
                            .as("only the configured days, not the defaults").isTrue();
                    assertThat(calendars.municipal().addWorkingDays(LocalDate.of(2027, 3, 16), 1)).isEqualTo(LocalDate.of(2027, 3, 18));
                    assertThat(calendars.statutory().addWorkingDays(LocalDate.of(2027, 3, 16), 1)).isEqualTo(closed);
                });
    }

    @Test
    void publicHolidaysCloseBothCalendars() {
        runner.withInitializer(new ConfigDataApplicationContextInitializer()).run(context -> {
            Calendars calendars = context.getBean(Calendars.class);
            for (WorkingDayCalendar calendar : java.util.List.of(calendars.statutory(), calendars.municipal())) {
                assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
                assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 6))).as("Easter Monday").isFalse();
                assertThat(calendar.isWorkingDay(LocalDate.of(2024, 4, 26))).as("no Store Bededag from 2024").isTrue();
            }
        });
    }
}
