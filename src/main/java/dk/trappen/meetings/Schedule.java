package dk.trappen.meetings;

import java.time.OffsetDateTime;

/** When and where: with the family, at home, school or daycare unless there is a reason not to. */
public record Schedule(OffsetDateTime at, PlaceKind placeKind, String place) {
}
