package dk.trappen.casefile;

import java.time.LocalDate;

/** A child by id, with the non-personal facts other modules route on. */
public record ChildRef(long id, String teamId, LocalDate birthDate) {
}
