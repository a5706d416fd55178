package dk.trappen.decisions;

import java.time.LocalDate;
import java.util.List;

/**
 * A hearing (partshøring, forvaltningsloven § 19) before a decision that goes against a party's wish
 * or rests on information the party has not seen.
 *
 * @param subject        what the parties are heard about (the information, the intended decision)
 * @param answerDueOn    null: {@code sentOn} plus {@code trappen.decisions.hearing-answer-days} (14)
 * @param custodyHolders each gets the hearing letter (and the child, where a party)
 */
public record HearingInput(String subject, LocalDate sentOn, LocalDate answerDueOn, List<String> custodyHolders) {
}
