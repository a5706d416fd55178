package dk.trappen.staircase;

/** An offer as a process owner or manager writes it (body of POST and PUT {@code /api/offers}). */
public record OfferInput(String name, String description, MeasureKind measureKind, Integer staircaseStep,
                         Integer minAge, Integer maxAge, Integer standardDurationWeeks, Boolean active) {
}
