package dk.trappen.prevention;

/** What an accepted family is given: an individual course, a group course, or both. */
public enum CourseKind {
    INDIVIDUAL,
    GROUP,
    BOTH;

    public boolean individual() {
        return this != GROUP;
    }

    public boolean group() {
        return this != INDIVIDUAL;
    }
}
