package dk.trappen.prevention;

/** What a request or an anonymous counselling is about: a fixed list, so statistics need no free text. */
public enum Topic {
    PARENTING("Opdragelse, rutiner og grænser"),
    FAMILY_CONFLICT("Konflikter i familien"),
    DIVORCE("Skilsmisse og samvær"),
    SCHOOL_WELLBEING("Trivsel og fravær i skole eller dagtilbud"),
    ANXIETY_LONELINESS("Angst, ensomhed eller mistrivsel"),
    NEURODEVELOPMENTAL("ADHD, autisme eller lignende vanskeligheder"),
    PARENT_MENTAL_ILLNESS("Psykisk sygdom hos en forælder"),
    TEENAGER("Teenagelivet"),
    OTHER("Andet");

    private final String danishName;

    Topic(String danishName) {
        this.danishName = danishName;
    }

    public String danishName() {
        return danishName;
    }
}
