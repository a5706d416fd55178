package dk.trappen.intake;

/** Who notified: a professional gets an acknowledgement of receipt; an anonymous notifier leaves no identity. */
public enum NotifierType {
    PROFESSIONAL,
    CITIZEN,
    ANONYMOUS,
    FAMILY
}
