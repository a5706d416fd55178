package dk.trappen.casefile;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Danish CPR numbers: ten digits, the first six a date (DDMMYY). The seventh digit gives the
 * century. No modulus-11 check: numbers without it have been issued since 2007.
 */
public final class Cpr {

    private Cpr() {
    }

    /**
     * The number as stored: ten digits. Danes write it with a hyphen (120320-1234), so a number in
     * that shape is accepted and the hyphen dropped; anything else is returned trimmed, for the
     * validation to name.
     */
    public static String normalise(String cpr) {
        if (cpr == null) {
            return null;
        }
        String trimmed = cpr.strip();
        return trimmed.matches("\\d{6}-\\d{4}") ? trimmed.replace("-", "") : trimmed;
    }

    public static boolean isWellFormed(String cpr) {
        return cpr != null && cpr.matches("\\d{10}") && birthDate(cpr).isPresent();
    }

    /** The birth date a CPR number encodes, if its first six digits are a real date. */
    public static Optional<LocalDate> birthDate(String cpr) {
        if (cpr == null || !cpr.matches("\\d{10}")) {
            return Optional.empty();
        }
        int day = Integer.parseInt(cpr.substring(0, 2));
        int month = Integer.parseInt(cpr.substring(2, 4));
        int yy = Integer.parseInt(cpr.substring(4, 6));
        int seventh = cpr.charAt(6) - '0';
        try {
            return Optional.of(LocalDate.of(century(seventh, yy) + yy, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the first six digits (DDMMYY) agree with a birth date, whatever the century digit says. */
    public static boolean matches(String cpr, LocalDate birthDate) {
        return cpr.substring(0, 6).equals(String.format("%02d%02d%02d",
                birthDate.getDayOfMonth(), birthDate.getMonthValue(), birthDate.getYear() % 100));
    }

    // CPR-kontoret's table of the 7th digit.
    private static int century(int seventh, int yy) {
        if (seventh <= 3) {
            return 1900;
        }
        if (seventh == 4 || seventh == 9) {
            return yy <= 36 ? 2000 : 1900;
        }
        return yy <= 57 ? 2000 : 1800;
    }
}
