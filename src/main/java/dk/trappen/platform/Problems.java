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
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, "skal udfyldes");
            return false;
        }
        return true;
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
