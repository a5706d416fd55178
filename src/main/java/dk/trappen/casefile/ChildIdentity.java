package dk.trappen.casefile;

import java.time.LocalDate;

/** Who the child is, as a notifier gives it: CPR optional, a name, a birth date (or the CPR's). */
public record ChildIdentity(String cpr, String name, LocalDate birthDate) {
}
