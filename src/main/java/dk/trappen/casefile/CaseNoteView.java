package dk.trappen.casefile;

import java.time.Instant;
import java.time.LocalDate;

public record CaseNoteView(long id, CaseNoteKind kind, String text, LocalDate dueOn, String writtenBy,
                           Instant writtenAt) {
}
