package dk.trappen.platform;

/** One bad field of an input: its JSON path (e.g. {@code child.cpr}) and what is wrong, in Danish. */
public record FieldProblem(String field, String message) {
}
