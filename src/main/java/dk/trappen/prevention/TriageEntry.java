package dk.trappen.prevention;

import dk.trappen.intake.ConcernLevel;

/**
 * The weekly triage's decision about the request in one slot of its form: accepted with the
 * competence it needs, or passed on to the authority with the level of the worry and the reason.
 */
public record TriageEntry(int slot, TriageChoice choice, String competence, ConcernLevel concernLevel, String reason) {
}
