package dk.trappen.meetings;

/** Who sits at the table: the family, the professionals and the private network. */
public enum ParticipantKind {
    /** The child; a party from age 10 (Barnets lov § 3). */
    CHILD,
    PARENT,
    /** School, daycare, health visitor, PPR, job centre, family therapist… */
    PROFESSIONAL,
    /** A grandparent, a coach, a neighbour. */
    PRIVATE_NETWORK,
    /** The child's support person (bisidder, Barnets lov § 6), invited by the case itself. */
    SUPPORT_PERSON
}
