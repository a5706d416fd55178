package dk.trappen.deadlines;

/**
 * One row of the legal table: a rule, where it stands in Barnets lov and in the old Serviceloven,
 * and its deadline if it has one. Kept as data so that a change in the law is a data change.
 *
 * @param confirmed false where the section number could not be confirmed from the law text
 * @param source    where the section number comes from (the law's consolidation, the ministry's
 *                  guidance) or that it is still to be confirmed
 */
public record LegalRule(String code, String description, String barnetsLov, String serviceloven,
                        Integer deadlineAmount, DeadlineUnit deadlineUnit, boolean confirmed, String source) {
}
