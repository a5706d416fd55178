package dk.trappen.outbox;

import java.time.LocalDate;

/**
 * A letter the municipality owes someone.
 *
 * @param reference     what the letter is about, e.g. the concern number (never a CPR number)
 * @param dueDate       the last day it may be sent on, when the law sets one
 * @param attachmentRef a document the delivery attaches (e.g. {@code letter:123}, a decision letter's PDF
 *                      from {@link LetterAttachments}), or null for a letter that is its body alone
 */
public record Letter(String kind, String reference, String recipient, String subject, String body,
                     LocalDate dueDate, String attachmentRef) {

    public Letter(String kind, String reference, String recipient, String subject, String body, LocalDate dueDate) {
        this(kind, reference, recipient, subject, body, dueDate, null);
    }
}
