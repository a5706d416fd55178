package dk.trappen.followup;

/**
 * The follow-up cadences the product ships (decision {@code followUpCadence}): a municipality's
 * choice, configured as {@code trappen.follow-up.policy}; a case may carry its own.
 */
public enum FollowUpPolicy {
    KOLDING("Kolding: placeringer månedligt i starten, forebyggende hver 3. måned"),
    HERNING("Herning: mindst hver 3. måned (tidsbegrænsede institutionsophold hver 6. uge)"),
    BORAAS("Borås: anbringelser efter 4 uger, derefter hver 6. uge"),
    LEGAL_MINIMUM("Lovens minimum: første gang efter 3 måneder, derefter hver 6. måned");

    private final String danishName;

    FollowUpPolicy(String danishName) {
        this.danishName = danishName;
    }

    public String danishName() {
        return danishName;
    }
}
