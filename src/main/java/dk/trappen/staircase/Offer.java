package dk.trappen.staircase;

/**
 * An offer of the municipality's catalogue (tilbudsvifte): a named programme or place on one step
 * of the staircase, for an age range, with a standard duration where there is one.
 */
public record Offer(long id, String name, String description, MeasureKind measureKind, int staircaseStep,
                    int minAge, int maxAge, Integer standardDurationWeeks, boolean active) {
}
