package dk.trappen.casefile;

import java.time.LocalDate;

import dk.trappen.platform.Problems;

/** Who the child is, as a notifier gives it: CPR optional, a name, a birth date (or the CPR's). */
public record ChildIdentity(String cpr, String name, LocalDate birthDate) {

    /** No one registered here was born before 1900 (a CPR number's century starts there); an earlier date is a typing error. */
    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    /**
     * Adds the problems of a child's identity as a notifier or a family gives it: a name, and a CPR
     * number or a birth date; a CPR number must be well-formed and agree with the birth date, and
     * the birth date may not lie after {@code today}. Fields are {@code child.name}, {@code child.cpr}
     * and {@code child.birthDate}.
     */
    public static void check(Problems problems, String cpr, String name, LocalDate birthDate, LocalDate today) {
        problems.require("child.name", name);
        problems.maxLength("child.name", name, 200);
        String given = cpr == null || cpr.isBlank() ? null : cpr.trim();
        if (given == null && birthDate == null) {
            problems.add("child.birthDate", "skal udfyldes, når CPR-nummer ikke kendes");
        }
        if (given != null && !Cpr.isWellFormed(given)) {
            problems.add("child.cpr", "skal være 10 cifre, hvor de første 6 er en gyldig dato (DDMMÅÅ)");
        } else if (given != null && birthDate != null && !Cpr.matches(given, birthDate)) {
            problems.add("child.cpr", "passer ikke med fødselsdatoen");
        }
        if (birthDate != null && birthDate.isAfter(today)) {
            problems.add("child.birthDate", "må ikke ligge i fremtiden");
        }
        if (birthDate != null && birthDate.isBefore(EARLIEST_BIRTH_DATE)) {
            problems.add("child.birthDate", "må tidligst være " + EARLIEST_BIRTH_DATE);
        }
    }
}
