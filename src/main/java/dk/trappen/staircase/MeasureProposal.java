package dk.trappen.staircase;

import java.time.LocalDate;

/**
 * What a caseworker decides when choosing a measure. The law requires the decision to state its
 * purpose and expected duration; the legal basis is looked up from the measure's kind, not typed.
 */
public record MeasureProposal(Long offerId, LocalDate startDate, Integer durationWeeks, String purpose,
                              String stepReason) {
}
