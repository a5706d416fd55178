package dk.trappen.casefile;

import java.time.LocalDate;

/** A child's master record: personal data, returned only through an audited read. */
public record ChildRecord(long id, String cpr, String name, LocalDate birthDate, String teamId) {
}
