package dk.trappen.journal;

import java.time.LocalDate;

/**
 * A new journal note.
 *
 * @param occurredOn the day the call, visit or meeting happened (not the day it was written down)
 * @param corrects   the id of an earlier note of the same case or concern this one corrects, or null
 */
public record JournalNoteInput(JournalNoteKind kind, LocalDate occurredOn, String text, Long corrects) {
}
