package dk.trappen.intake;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A concern as a notifier reports it: the body of {@code POST /api/concerns} and what the start
 * form in Tasklist collects. Checked by {@code ConcernService} before anything is stored.
 */
public record ConcernRegistration(NotifierType notifierType,
                                  String notifierOrganisation,
                                  String notifierContact,
                                  Child child,
                                  OffsetDateTime receivedAt,
                                  String description,
                                  ConcernLevel concernLevel,
                                  Boolean concernsAbuse) {

    /** The child the concern is about: a name and a CPR number or a birth date (or both). */
    public record Child(String cpr, String name, LocalDate birthDate) {

        /** A CPR number written as Danes do, with a hyphen, is stored without it. */
        public Child {
            cpr = dk.trappen.casefile.Cpr.normalise(cpr);
        }
    }
}
