package dk.trappen.platform;

/** The caller is known but their role or team does not allow this. HTTP 403. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
