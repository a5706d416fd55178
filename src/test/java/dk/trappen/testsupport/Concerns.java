package dk.trappen.testsupport;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import dk.trappen.intake.ConcernLevel;
import dk.trappen.intake.ConcernRegistration;
import dk.trappen.intake.NotifierType;

/** Test registrations of concerns, each about a distinct child unless a CPR number is reused. */
public final class Concerns {

    private static final AtomicInteger SERIAL = new AtomicInteger(1000);

    private Concerns() {
    }

    /** A CPR number no other test uses, for a child born on {@code birthDate} (born after 2000). */
    public static String newCpr(LocalDate birthDate) {
        return String.format("%02d%02d%02d4%03d", birthDate.getDayOfMonth(), birthDate.getMonthValue(),
                birthDate.getYear() % 100, SERIAL.incrementAndGet() % 1000);
    }

    public static ConcernRegistration professional(String cpr, String childName, LocalDate birthDate,
                                                   OffsetDateTime receivedAt, ConcernLevel level, boolean abuse) {
        return new ConcernRegistration(NotifierType.PROFESSIONAL, "Skovvejens Skole", "kontor@skovvejen.example",
                new ConcernRegistration.Child(cpr, childName, birthDate), receivedAt,
                "Eleven virker trist og træt og har meget fravær.", level, abuse);
    }

    public static ConcernRegistration citizen(String childName, LocalDate birthDate, OffsetDateTime receivedAt,
                                              ConcernLevel level) {
        return new ConcernRegistration(NotifierType.CITIZEN, null, null,
                new ConcernRegistration.Child(null, childName, birthDate), receivedAt,
                "En nabo hører ofte råb fra lejligheden om aftenen.", level, false);
    }

    public static ConcernRegistration professional(ConcernLevel level) {
        LocalDate birthDate = LocalDate.of(2016, 5, 12);
        return professional(newCpr(birthDate), "Testbarn " + SERIAL.get(), birthDate,
                OffsetDateTime.now().minusHours(1), level, false);
    }
}
