package dk.trappen.intake;

/** The Rudersdal guide's four levels of a concern, from general well-being to severe problems. */
public enum ConcernLevel {
    GENERAL_WELLBEING,
    DECLINING,
    ILL_BEING,
    SEVERE
}
