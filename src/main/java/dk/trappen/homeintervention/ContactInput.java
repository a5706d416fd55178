package dk.trappen.homeintervention;

import java.time.LocalDate;

/** A contact with the family: when, where, how long, who took part, and FIT (ORS or SRS, 0–40) if used. */
public record ContactInput(LocalDate on, ContactPlace place, Integer minutes, String participants, String fitKind,
                           Integer fitScore) {
}
