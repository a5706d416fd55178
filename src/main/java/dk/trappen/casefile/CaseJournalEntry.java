package dk.trappen.casefile;

import java.time.Instant;

/**
 * One line of a case's chronological journal: a note, a document, a decision, a letter, or one of
 * the process's own events (a task completed, a deadline missed).
 *
 * @param at     when it happened (a note: the day it occurred; a decision: the day it was made)
 * @param kind   what it is, in Danish ("Notat – Telefonsamtale", "Afgørelse", "Opgave udført")
 * @param title  one line naming it
 * @param byline who, and when it was recorded where that differs from {@code at}
 * @param text   its text, or null
 * @param link   where to read it whole (a document, a letter), or null
 * @param source {@code RECORD} for the domain's records, {@code PROCESS} for the engine's events
 */
public record CaseJournalEntry(Instant at, String kind, String title, String byline, String text, String link,
                               String source) {

    public static final String RECORD = "RECORD";
    public static final String PROCESS = "PROCESS";
}
