package dk.trappen.letters;

import java.time.LocalDate;
import java.util.List;

/**
 * What a decision's letter says, handed over by the decisions module: one letter is written to
 * each custody holder and, where the child is a party, to the child.
 *
 * @param title          the decision in a few words ("Bevilling af indsats: PMT-O")
 * @param legalBasis     as the legal table gives it ("Barnets lov § 32 stk. 1 nr. 5")
 * @param legalRule      the legal table's description of that rule
 * @param childHeard     the child's view in a sentence
 * @param consent        the consent in a sentence, or null where none is needed
 * @param hearing        the hearing in a sentence, or null where there was none
 * @param byCommittee    decided by the children and youth committee (or its chair): an appeal goes on
 *                       to Ankestyrelsen without the municipality's reassessment
 */
public record DecisionLetter(long caseId, long decisionId, String title, LocalDate decidedOn, String decidedBy,
                             String legalBasis, String legalRule, String reasons, String childHeard, String consent,
                             String hearing, List<String> custodyHolders, boolean byCommittee) {
}
