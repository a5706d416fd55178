package dk.trappen.intake;

import java.util.List;

/** "Visitér underretning" → børnefaglig undersøgelse: the decision's reasons and the custody holders its letter goes to. */
public record InvestigationDecision(String reasons, List<String> custodyHolders) {
}
