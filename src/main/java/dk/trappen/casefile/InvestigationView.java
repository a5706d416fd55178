package dk.trappen.casefile;

import java.time.Instant;

public record InvestigationView(long id, long caseId, Long concernId, Instant dueAt, Instant completedAt,
                                String completedBy, InvestigationInput content) {

    public boolean late() {
        return completedAt.isAfter(dueAt);
    }
}
