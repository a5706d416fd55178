package dk.trappen.letters;

import java.time.LocalDate;
import java.util.List;

/** A hearing letter (partshøring, forvaltningsloven § 19) to each custody holder and the child as a party. */
public record HearingLetter(long caseId, long hearingId, String subject, LocalDate sentOn, LocalDate answerDueOn,
                            List<String> custodyHolders) {
}
