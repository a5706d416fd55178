package dk.trappen.intake.web;

import java.time.ZoneId;
import java.util.Map;

import dk.trappen.casefile.AccessChannel;
import dk.trappen.intake.ConcernService;
import dk.trappen.intake.ConcernView;
import dk.trappen.platform.TimeSource;
import dk.trappen.platform.HtmlPage;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The concern as a caseworker reads it next to a task: the form in Tasklist links here, because
 * the engine holds no names or descriptions. Every view is audit-logged as a read from a task.
 */
@RestController
class ConcernPage {

    private final ConcernService concerns;
    private final ZoneId zone;

    ConcernPage(ConcernService concerns, TimeSource time) {
        this.concerns = concerns;
        this.zone = time.zone();
    }

    private static final Map<String, String> DANISH = Map.ofEntries(
            Map.entry("PROFESSIONAL", "Fagperson"), Map.entry("CITIZEN", "Borger"), Map.entry("ANONYMOUS", "Anonym"),
            Map.entry("FAMILY", "Familien selv"),
            Map.entry("GENERAL_WELLBEING", "Generel trivsel"), Map.entry("DECLINING", "Begyndende mistrivsel"),
            Map.entry("ILL_BEING", "Mistrivsel"), Map.entry("SEVERE", "Alvorlige problemer"),
            Map.entry("RECEIVED", "Modtaget, afventer vurdering"), Map.entry("ASSESSED", "Vurderet, afventer visitation"),
            Map.entry("REFERRED", "Henvist til Tidlig Forebyggelse"), Map.entry("CASE_OPENED", "Sag oprettet"),
            Map.entry("PASSED_TO_CASE", "Genvurderes i barnets sag"),
            Map.entry("CLOSED", "Lukket"),
            Map.entry("NO_FURTHER_ACTION", "Rådgivning og luk"), Map.entry("EARLY_PREVENTION", "Tidlig Forebyggelse"),
            Map.entry("CLARIFICATION", "Afdækning"), Map.entry("INVESTIGATION", "Børnefaglig undersøgelse"),
            Map.entry("ACUTE_ACTION", "Akut handling"),
            Map.entry("ASSESSMENT", "Vurdering"), Map.entry("ADVICE", "Rådgivning givet"),
            Map.entry("DIALOGUE_MEETING", "Dialogmøde"), Map.entry("CHILD_CONVERSATION", "Børnesamtale"),
            Map.entry("LATE_ASSESSMENT", "Sen vurdering håndteret"), Map.entry("LATE_ACKNOWLEDGEMENT", "Sen kvittering håndteret"),
            Map.entry("REFERRAL_RECEIVED", "Henvisning modtaget"), Map.entry("EXTENDED_FEEDBACK", "Udvidet tilbagemelding givet"));

    @GetMapping(value = "/app/concerns/{id}", produces = HtmlPage.MEDIA_TYPE)
    ResponseEntity<String> page(@PathVariable long id) {
        return HtmlPage.respond(() -> render(concerns.view(id, AccessChannel.TASK)));
    }

    private String render(ConcernView c) {
        HtmlPage page = new HtmlPage("Underretning " + c.concernNumber(), zone).startFacts();
        page.fact("Barn", c.child().name());
        page.fact("CPR-nummer", c.child().cpr() != null ? c.child().cpr() : "ikke oplyst");
        page.fact("Fødselsdato", c.child().birthDate() != null ? HtmlPage.day(c.child().birthDate()) : "ikke oplyst");
        page.fact("Underretter", da(c.notifierType()) + (c.notifierOrganisation() != null ? ", " + c.notifierOrganisation() : "")
                + (c.notifierContact() != null ? " (" + c.notifierContact() + ")" : ""));
        page.fact("Modtaget", page.when(c.receivedAt()));
        page.fact("Vurderes senest", page.due(c.assessmentDueAt()));
        if (c.acknowledgementDueDate() != null) {
            page.fact("Kvittering senest", HtmlPage.day(c.acknowledgementDueDate())
                    + (c.acknowledgedAt() != null ? " (sendt " + page.when(c.acknowledgedAt()) + ")" : " (ikke sendt)"));
        }
        page.fact("Bekymringsniveau", da(c.concernLevel()));
        page.fact("Vedrører overgreb", c.concernsAbuse() ? "Ja" : "Nej");
        page.fact("Barnet har en åben sag", c.childHadOpenCase() ? "Ja: kræver en anden vurderer" : "Nej");
        page.fact("Status", da(c.status()) + (c.route() != null ? " · rute: " + da(c.route()) : ""));
        if (c.caseNumber() != null) {
            page.fact("Sag", c.caseNumber());
        }
        page.endFacts().heading("Underretningen").text(c.description());
        if (!c.triage().isEmpty()) {
            page.heading("Visitation");
            for (ConcernView.TriageView triage : c.triage()) {
                String proposal = triage.chosenRoute() != triage.proposedRoute()
                        ? "Reglen foreslog: " + da(triage.proposedRoute()) : null;
                String reason = triage.reason() == null ? proposal
                        : (proposal == null ? "" : proposal + "\n") + triage.reason();
                page.note(da(triage.chosenRoute()), triage.decidedBy() + " · " + page.when(triage.decidedAt()), reason);
            }
        }
        if (!c.notes().isEmpty()) {
            page.heading("Journal");
            for (ConcernView.NoteView note : c.notes()) {
                page.note(da(note.kind()), note.writtenBy() + " · " + page.when(note.writtenAt()), note.text());
            }
        }
        return page.render();
    }

    private static String da(Enum<?> value) {
        return value == null ? "" : DANISH.getOrDefault(value.name(), value.name());
    }
}
