package dk.trappen.prevention;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code trappen.prevention}: the unit's local choices, with Aabenraa's as defaults (domain.md
 * section 5): at most 12 contacts including 2 network meetings, 6–12 families per worker, the
 * competences families may need and who has them, and the FIT cut-offs.
 *
 * @param unitContact the unit's address, where the authority's acknowledgement of a passed-on concern goes
 * @param staff       the unit's workers and their competences (demo profile; production: the municipality's)
 */
@ConfigurationProperties("trappen.prevention")
public record PreventionProperties(Integer contactLimit, Integer networkMeetingLimit, Integer minFamilies,
                                   Integer maxFamilies, Integer triageWithinDays, String unitName, String unitContact,
                                   List<String> competences, List<Worker> staff, Fit fit) {

    public PreventionProperties {
        contactLimit = contactLimit == null ? 12 : contactLimit;
        networkMeetingLimit = networkMeetingLimit == null ? 2 : networkMeetingLimit;
        minFamilies = minFamilies == null ? 6 : minFamilies;
        maxFamilies = maxFamilies == null ? 12 : maxFamilies;
        triageWithinDays = triageWithinDays == null ? 7 : triageWithinDays;
        unitName = unitName == null ? "Tidlig Forebyggelse" : unitName;
        unitContact = unitContact == null ? "tidligforebyggelse@kommune.example" : unitContact;
        competences = competences == null ? List.of() : List.copyOf(competences);
        staff = staff == null ? List.of() : List.copyOf(staff);
        fit = fit == null ? new Fit(null, null, null, null, null) : fit;
    }

    /** A worker of the unit (a Camunda user in group prevention) and what they are trained in. */
    public record Worker(String user, List<String> competences) {
        public Worker {
            competences = competences == null ? List.of() : List.copyOf(competences);
        }
    }

    /**
     * FIT cut-offs. ORS (0–40) below the clinical cut-off: 25 for adults, 28 for ages 13–17 (domain.md),
     * 32 for children under 13 (the published child cut-off; domain.md gives none). SRS (0–40) at or
     * below 36 signals a strained working alliance. A fall of {@code reliableChange} points is reliable.
     */
    public record Fit(Integer orsAdult, Integer orsAdolescent, Integer orsChild, Integer srsAlliance,
                      Integer reliableChange) {
        public Fit {
            orsAdult = orsAdult == null ? 25 : orsAdult;
            orsAdolescent = orsAdolescent == null ? 28 : orsAdolescent;
            orsChild = orsChild == null ? 32 : orsChild;
            srsAlliance = srsAlliance == null ? 36 : srsAlliance;
            reliableChange = reliableChange == null ? 5 : reliableChange;
        }

        public int orsCutOff(Rater rater) {
            return switch (rater) {
                case PARENT -> orsAdult;
                case YOUNG_PERSON -> orsAdolescent;
                case CHILD -> orsChild;
            };
        }
    }
}
