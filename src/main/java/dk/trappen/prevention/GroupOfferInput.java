package dk.trappen.prevention;

import java.time.LocalDate;

/** A new group course: the body of {@code POST /api/prevention/groups}. */
public record GroupOfferInput(String name, String description, Integer minAge, Integer maxAge, LocalDate startsOn,
                              LocalDate endsOn, Integer seats) {
}
