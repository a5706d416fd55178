package dk.trappen.prevention;

import java.time.LocalDate;

/** One of the unit's group courses: name, ages, dates and seats (taken and free). */
public record GroupOffer(long id, String name, String description, int minAge, int maxAge, LocalDate startsOn,
                         LocalDate endsOn, int seats, int enrolled) {

    public int freeSeats() {
        return seats - enrolled;
    }
}
