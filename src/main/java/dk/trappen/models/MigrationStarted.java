package dk.trappen.models;

/** A migration running as a Camunda batch (Cockpit shows it under Batches). */
public record MigrationStarted(String batchId, long instances, MigrationProposal proposal) {
}
