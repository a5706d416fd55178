package dk.trappen.meetings;

import java.time.Instant;
import java.time.LocalDate;

/**
 * May the professionals exchange personal data about the child now? Only with the parents'
 * valid consent or a recorded legal basis; otherwise the meeting goes on without exchange.
 */
public record ConsentState(boolean exchangeAllowed, Basis basis, Consent consent, String legalBasis) {

    public enum Basis {
        CONSENT,
        LEGAL_BASIS,
        /** Neither: the meeting may go on, but without exchange of personal data. */
        NONE
    }

    public record Consent(long id, String scope, LocalDate givenOn, String givenBy, LocalDate validUntil,
                          Instant withdrawnAt, String withdrawalReason) {
    }
}
