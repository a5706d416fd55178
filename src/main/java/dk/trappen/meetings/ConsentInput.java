package dk.trappen.meetings;

import java.time.LocalDate;

/** The parents' consent to exchange personal data between the professionals. */
public record ConsentInput(String scope, LocalDate givenOn, String givenBy, LocalDate validUntil) {
}
