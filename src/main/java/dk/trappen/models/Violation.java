package dk.trappen.models;

/**
 * One broken rule: the file, the element (an id, or the file itself) and what is wrong, in words a
 * process owner reads in Camunda Modeler's error message.
 */
public record Violation(String resource, String element, String message) {

    /** {@code "<element>: <message>"}, the form the model-conventions test and the guard print. */
    @Override
    public String toString() {
        return element + ": " + message;
    }
}
