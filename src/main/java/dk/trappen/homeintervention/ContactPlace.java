package dk.trappen.homeintervention;

/** Where a contact with the family took place. */
public enum ContactPlace {
    HOME, SCHOOL, DAYCARE, OTHER
}
