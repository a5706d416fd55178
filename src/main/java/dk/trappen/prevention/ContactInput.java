package dk.trappen.prevention;

import java.time.LocalDate;

/**
 * A contact held with the family: date, place (home, school, daycare), who took part, how long, a
 * note, and the family's FIT: ORS at the start, SRS at the end, 0–40 each, and who rated.
 */
public record ContactInput(LocalDate date, ContactPlace place, String participants, Integer durationMinutes,
                           String note, Rater rater, Integer ors, Integer srs) {
}
