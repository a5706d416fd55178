package dk.trappen.journal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A journal note as written; never changed afterwards.
 *
 * @param corrects    the earlier note this one corrects, or null
 * @param correctedBy the later note that corrects this one, or null
 */
public record JournalNoteView(long id, JournalNoteKind kind, String kindName, LocalDate occurredOn, String author,
                              Instant writtenAt, String text, Long corrects, Long correctedBy) {
}
