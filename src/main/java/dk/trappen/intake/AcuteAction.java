package dk.trappen.intake;

import java.time.LocalDate;

/**
 * What was done at "Handl akut". An acute placement becomes a measure on the staircase when the
 * case opens, with the investigation beside it (Barnets lov § 46, § 20).
 *
 * @param kind           an acute placement, or another acute act (the police, the children's house, the network)
 * @param offerId        the placement offer, for a placement
 * @param placementStart the day the child was placed, for a placement
 * @param note           what was done (personal data: the concern's journal, never the engine)
 */
public record AcuteAction(Kind kind, Long offerId, LocalDate placementStart, String note) {

    public enum Kind {
        PLACEMENT,
        OTHER
    }
}
