package dk.trappen.homeintervention;

/** Track 1's methods: Adult Attachment Interview, Internal Working Model of the Child, Marschak Interaction Method. */
public enum AssessmentMethod {
    AAI, IWMC, MIM, OTHER
}
