package dk.trappen.deadlines;

/**
 * One row of the legal table: a rule, where it stands in Barnets lov and in the old Serviceloven,
 * and its deadline if it has one. Kept as data so that a change in the law is a data change.
 *
 * @param confirmed false where the section number could not be confirmed from the law text
 */
public record LegalRule(String code, String description, String barnetsLov, String serviceloven,
                        Integer deadlineAmount, DeadlineUnit deadlineUnit, boolean confirmed) {
}
