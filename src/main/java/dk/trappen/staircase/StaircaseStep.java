package dk.trappen.staircase;

import java.util.Arrays;

/**
 * The six steps of the intervention staircase (indsatstrappen), least to most intrusive. The rule
 * of the field: the least intrusive measure that meets the child's need, and down as soon as possible.
 */
public enum StaircaseStep {

    EARLY_HELP(1, "Tidlige indsatser i almenområdet", "1-2"),
    PREVENTIVE(2, "Forebyggende indsatser", "3-4a"),
    HOME_BASED(3, "Hjemmebaserede foranstaltninger", "3-4a"),
    KINSHIP_PLACEMENT(4, "Anbringelse i slægt eller netværk", "4a-4b"),
    FOSTER_FAMILY(5, "Anbringelse i plejefamilie", "4b"),
    INSTITUTION(6, "Anbringelse på institution", "4b");

    private final int number;
    private final String danishName;
    private final String childRulerCategories;

    StaircaseStep(int number, String danishName, String childRulerCategories) {
        this.number = number;
        this.danishName = danishName;
        this.childRulerCategories = childRulerCategories;
    }

    /** 1-6, as in the contract of the decision grantingAuthority and the API. */
    public int number() {
        return number;
    }

    public String danishName() {
        return danishName;
    }

    /** The Børnelineal categories the step usually serves (Kolding). */
    public String childRulerCategories() {
        return childRulerCategories;
    }

    public static StaircaseStep of(int number) {
        return Arrays.stream(values()).filter(step -> step.number == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No staircase step " + number));
    }

    public static boolean isStep(Integer number) {
        return number != null && number >= 1 && number <= 6;
    }
}
