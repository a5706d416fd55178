package dk.trappen.platform;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that breaks a rule. Becomes HTTP 400 (problem+json listing every field) over the API and
 * a refused completion with a readable message in Tasklist. Thrown before anything is stored.
 */
public class InvalidInputException extends RuntimeException {

    /** How every refusal's message starts; Tasklist's refusal filter recognises ours by it. */
    public static final String MESSAGE_PREFIX = "Ugyldige oplysninger: ";

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(MESSAGE_PREFIX + problems.stream()
                .map(p -> p.field() + ": " + p.message())
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
