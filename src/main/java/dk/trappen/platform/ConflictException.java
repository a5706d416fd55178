package dk.trappen.platform;

/**
 * The request is well-formed and allowed, but the thing it acts on is not in a state that permits
 * it (a meeting already held, data exchange without consent). HTTP 409; nothing is changed.
 */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
