package dk.trappen.decisions.internal;

import java.time.LocalTime;
import java.util.List;

import dk.trappen.casefile.CaseJournalEntry;
import dk.trappen.casefile.CaseJournalSource;
import dk.trappen.decisions.DecisionView;
import dk.trappen.decisions.Decisions;
import dk.trappen.platform.TimeSource;
import org.springframework.stereotype.Component;

/** The case's decisions in its chronological journal, on the day they were made. */
@Component
class DecisionsOnTheCasePage implements CaseJournalSource {

    private final Decisions decisions;
    private final TimeSource time;

    DecisionsOnTheCasePage(Decisions decisions, TimeSource time) {
        this.decisions = decisions;
        this.time = time;
    }

    @Override
    public List<CaseJournalEntry> entriesOf(long caseId) {
        return decisions.decisionsOfCase(caseId).stream().map(this::entry).toList();
    }

    private CaseJournalEntry entry(DecisionView d) {
        String consent = "samtykke: forældremyndighed " + d.consent().custodyHolders().danishName() + ", den unge "
                + d.consent().youngPerson().danishName();
        String view = d.childHeard().heldOn() != null ? "barnet hørt " + dk.trappen.platform.HtmlPage.day(d.childHeard().heldOn())
                : "barnet ikke hørt: " + d.childHeard().reason();
        String provisional = d.provisional() == null ? "" : " · skal godkendes senest " + dk.trappen.platform.HtmlPage.day(d.provisional().confirmBy())
                + " (" + switch (d.provisional().status()) {
                    case PENDING -> "afventer udvalget";
                    case CONFIRMED -> "godkendt";
                    case LAPSED -> "bortfaldet";
                } + ")";
        // On the day it was made; recorded that same day, at the moment it was recorded.
        var at = time.inZone(d.recordedAt()).toLocalDate().equals(d.decidedOn()) ? d.recordedAt()
                : d.decidedOn().atTime(LocalTime.NOON).atZone(time.zone()).toInstant();
        return new CaseJournalEntry(at,
                "Afgørelse", d.kindName() + " – " + d.legalBasis(),
                d.decidedBy() + (d.approvedBy() != null ? ", godkendt af " + d.approvedBy() : "") + " · " + consent + " · "
                        + view + (d.hearing() != null ? " · partshøring sendt " + d.hearing().sentOn() : "") + provisional
                        + " · " + d.letterIds().size() + " breve",
                d.reasons(), null, CaseJournalEntry.RECORD);
    }
}
