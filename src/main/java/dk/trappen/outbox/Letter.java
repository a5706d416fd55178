package dk.trappen.outbox;

import java.time.LocalDate;

/**
 * A letter the municipality owes someone.
 *
 * @param reference what the letter is about, e.g. the concern number (never a CPR number)
 * @param dueDate   the last day it may be sent on, when the law sets one
 */
public record Letter(String kind, String reference, String recipient, String subject, String body,
                     LocalDate dueDate) {
}
