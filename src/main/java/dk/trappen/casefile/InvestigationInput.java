package dk.trappen.casefile;

import java.time.LocalDate;

/**
 * What a finished investigation records: the ICS triangle's ten dimensions (the child's
 * development; parenting capacity; family and network), the conversation with the child (a date,
 * or why it was waived), the Børnelineal category and the recommended staircase step (0: none).
 */
public record InvestigationInput(String health, String development, String school, String leisure,
                                 String safeCare, String stimulation, String relationships,
                                 String familyHistory, String housingWorkMoney, String socialNetwork,
                                 LocalDate childHeardOn, String childConversationWaivedReason,
                                 String childRulerCategory, Integer recommendedStep, String conclusion) {
}
