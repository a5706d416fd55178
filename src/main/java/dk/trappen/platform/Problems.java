package dk.trappen.platform;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of an input, so the caller hears about all bad fields at once. */
public final class Problems {

    private final List<FieldProblem> problems = new ArrayList<>();

    public Problems add(String field, String message) {
        problems.add(new FieldProblem(field, message));
        return this;
    }

    public boolean require(String field, Object value) {
        if (value == null || (value instanceof String s && isEmptyText(s))) {
            add(field, "skal udfyldes");
            return false;
        }
        return true;
    }

    /**
     * Blank, or nothing but invisible characters (zero-width spaces and joiners, soft hyphens,
     * direction marks, byte-order marks: Unicode's format characters) and white space: a name made
     * of those shows as nothing and cannot be told from another (issue 19).
     */
    public static boolean isEmptyText(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0);
    }

    public void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "må højst være " + max + " tegn");
        }
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
