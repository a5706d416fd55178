package dk.trappen.prevention;

import java.time.LocalDate;

/**
 * A request to the unit: the body of {@code POST /api/prevention/requests} and what the start form
 * "Henvendelse modtaget" collects. Anonymous: only the topic (open counselling keeps no identity).
 * Otherwise the child, a parent and how to reach them, what it is about; a professional's request
 * (school, daycare, health visitor) is made together with the family.
 */
public record RequestInput(Boolean anonymous, WayIn wayIn, Child child, String parentName, String familyContact,
                           ReferrerRole referrerRole, String referrerOrganisation, Boolean familyAgrees, Topic topic,
                           String description) {

    /** The child: a name and a CPR number or a birth date (or both). */
    public record Child(String cpr, String name, LocalDate birthDate) {

        /** A CPR number written as Danes do, with a hyphen, is stored without it. */
        public Child {
            cpr = dk.trappen.casefile.Cpr.normalise(cpr);
        }
    }
}
