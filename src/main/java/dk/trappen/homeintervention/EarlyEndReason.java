package dk.trappen.homeintervention;

/** Why an intervention ends before its 12 weeks. */
public enum EarlyEndReason {
    FAMILY_WITHDREW, ACUTE_SITUATION
}
