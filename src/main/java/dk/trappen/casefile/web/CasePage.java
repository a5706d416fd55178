package dk.trappen.casefile.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.trappen.casefile.AccessChannel;
import dk.trappen.casefile.CaseJournal;
import dk.trappen.casefile.CaseJournalEntry;
import dk.trappen.casefile.CaseNoteView;
import dk.trappen.casefile.CaseOverview;
import dk.trappen.casefile.CaseOverviews;
import dk.trappen.casefile.InvestigationView;
import dk.trappen.casefile.PlanView;
import dk.trappen.organisation.Organisation;
import dk.trappen.platform.TimeSource;
import dk.trappen.platform.HtmlPage;
import dk.trappen.staircase.MeasureView;
import dk.trappen.staircase.StaircaseMove;
import org.springframework.http.ResponseEntity;
import dk.trappen.casefile.ChildCaseProcesses;
import dk.trappen.casefile.ChildCases;
import dk.trappen.platform.PageCsrf;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case as a caseworker reads it next to any task of the case: the same overview as the API,
 * in Danish. Every view is audit-logged as a read from a task.
 */
@RestController
class CasePage {

    private static final Map<String, String> DANISH = Map.ofEntries(
            Map.entry("PROPOSED", "Foreslået"), Map.entry("RETURNED", "Sendt tilbage til rettelse"),
            Map.entry("REJECTED", "Afvist"), Map.entry("GRANTED", "Bevilget"), Map.entry("ENDED", "Afsluttet"),
            Map.entry("CHILD", "Barnet"), Map.entry("PARENTS", "Forældrene"),
            Map.entry("CASE_OPENED", "Sag oprettet"), Map.entry("INTERIM_ASSESSMENT", "Foreløbig vurdering"),
            Map.entry("CHILDRENS_HOUSE", "Børnehuset inddrages"),
            Map.entry("CASE_TO_TEAM", "Sagen til teamet (fuldt sagstal)"),
            Map.entry("REASSESSMENT", "Genvurdering efter ny underretning"),
            Map.entry("SUPPORT_PERSON", "Bisidder"),
            Map.entry("YOUNG_PERSON_PLAN", "Ungeplan (Barnets lov § 108)"),
            Map.entry("RETURN_HOME_FOLLOW_UP", "Opfølgning efter hjemgivelse"),
            Map.entry("LATE_INVESTIGATION", "Sen undersøgelse – teamlederens handling"),
            Map.entry("CASE_REVIEW", "Gennemgang af sagen"), Map.entry("REASSIGNED", "Sagen overdraget"),
            Map.entry("REQUESTED", "Ønsket"), Map.entry("SCHEDULED", "Planlagt"), Map.entry("HELD", "Holdt"),
            Map.entry("CANCELLED", "Aflyst"));

    private final CaseOverviews overviews;
    private final CaseJournal journal;
    private final Organisation organisation;
    private final ChildCases cases;
    private final ChildCaseProcesses processes;
    private final ZoneId zone;

    CasePage(CaseOverviews overviews, CaseJournal journal, Organisation organisation, TimeSource time, ChildCases cases,
             ChildCaseProcesses processes) {
        this.overviews = overviews;
        this.cases = cases;
        this.processes = processes;
        this.journal = journal;
        this.organisation = organisation;
        this.zone = time.zone();
    }

    @GetMapping(value = "/app/cases/{caseId}", produces = HtmlPage.MEDIA_TYPE)
    ResponseEntity<String> page(@PathVariable long caseId, HttpServletRequest request) {
        // One audited read of the case (ofCase) covers the page, its journal included.
        return HtmlPage.respond(() -> {
            CaseOverview o = overviews.ofCase(caseId, organisation.currentUser(), AccessChannel.TASK);
            String alongsideForm = o.caseInfo().open() && processes.measureAlongsidePossible(o.caseInfo().ref().caseNumber())
                    ? PageCsrf.hiddenField(request.getSession(true)) : null;
            return render(o, journal.entriesOf(caseId), alongsideForm);
        });
    }

    /**
     * "Iværksæt støtte under undersøgelsen" (Barnets lov § 32 stk. 4): the caseworker gets "Vælg
     * indsats" in Tasklist beside the running investigation.
     */
    @PostMapping(value = "/app/cases/{caseId}/measure-alongside", produces = HtmlPage.MEDIA_TYPE)
    ResponseEntity<String> startMeasureAlongside(@PathVariable long caseId,
                                                 @RequestParam(name = PageCsrf.FIELD, required = false) String csrf,
                                                 HttpServletRequest request) {
        return HtmlPage.respond(() -> {
            PageCsrf.check(request.getSession(false), csrf);
            var ref = cases.refForAct(caseId, organisation.currentUser());
            processes.startMeasureAlongside(ref);
            HtmlPage page = new HtmlPage("Støtte under undersøgelsen", zone, "/app/cases/" + caseId, "Tilbage til sagen");
            page.paragraph("Opgaven «Vælg indsats» til sag " + ref.caseNumber() + " ligger nu i Tasklist. Skriv dér, hvorfor"
                    + " støtten ikke kan vente på undersøgelsen. Undersøgelsen kan afsluttes, når indsatsen er bevilget.");
            page.html("<p><a href=\"/camunda/app/tasklist/\">Åbn Tasklist</a></p>");
            return page.render();
        });
    }

    private String render(CaseOverview o, List<CaseJournalEntry> entries, String alongsideCsrfField) {
        HtmlPage page = new HtmlPage("Sag " + o.caseInfo().ref().caseNumber(), zone);
        People people = new People();
        page.startFacts()
                .fact("Barn", o.child().name())
                .fact("CPR-nummer", o.child().cpr() != null ? o.child().cpr() : "ikke oplyst")
                .fact("Fødselsdato", HtmlPage.day(o.child().birthDate()))
                .fact("Ansvarlig rådgiver", people.name(o.caseInfo().ref().caseworker()) + " (team " + o.caseInfo().ref().teamId() + ")")
                .fact("Status", o.caseInfo().open() ? "Åben siden " + page.when(o.caseInfo().openedAt())
                        : "Afsluttet " + page.when(o.caseInfo().closedAt()) + ": " + o.caseInfo().closeReason())
                .fact("Trin på indsatstrappen nu", o.currentStep() == 0 ? o.currentStepName()
                        : o.currentStep() + " – " + o.currentStepName())
                .endFacts();

        page.heading("Næste frister");
        if (o.nextDeadlines().isEmpty()) {
            page.paragraph("Ingen åbne opgaver.");
        } else {
            List<String[]> rows = new ArrayList<>();
            o.nextDeadlines().forEach(d -> rows.add(new String[] {d.task(), (d.overdue() ? "!" : "") + page.due(d.due()),
                    d.assignee() == null ? "teamet" : people.name(d.assignee())}));
            page.table(new String[] {"Opgave", "Frist", "Hos"}, rows);
        }

        if (alongsideCsrfField != null) {
            page.heading("Støtte under undersøgelsen");
            page.paragraph("Undersøgelsen er i gang. Kan barnets behov ikke vente, kan der gives støtte efter § 32 nu"
                    + " (Barnets lov § 32 stk. 4); en anbringelse venter på undersøgelsen.");
            page.html("<form method=\"post\" action=\"/app/cases/" + o.caseInfo().ref().id() + "/measure-alongside\">"
                    + alongsideCsrfField + "<button>Iværksæt støtte under undersøgelsen</button></form>");
        }

        page.heading("Indsatser");
        if (o.activeMeasures().isEmpty() && o.otherMeasures().isEmpty()) {
            page.paragraph("Ingen indsatser endnu.");
        } else {
            List<String[]> rows = new ArrayList<>();
            for (MeasureView m : concat(o.activeMeasures(), o.otherMeasures())) {
                rows.add(new String[] {"Nr. " + m.id() + ": " + m.offerName(), "Trin " + m.staircaseStep(),
                        da(m.status().name()) + (m.decisionReason() == null ? "" : " – " + m.decisionReason()),
                        HtmlPage.day(m.startDate()) + " – " + HtmlPage.day(m.endedOn() != null ? m.endedOn() : m.expectedEndDate()),
                        m.legalBasis(), m.purpose() + (m.alongsideReason() == null ? ""
                                : " · Kunne ikke vente på undersøgelsen: " + m.alongsideReason())});
            }
            page.table(new String[] {"Indsats", "Trin", "Status", "Periode", "Lovgrundlag", "Formål"}, rows);
        }

        if (!o.meetings().isEmpty()) {
            page.heading("Netværksmøder");
            List<String[]> rows = new ArrayList<>();
            for (CaseOverview.Meeting m : o.meetings()) {
                String open = String.join("; ", m.openActionPoints().stream()
                        .map(a -> a.description() + " (" + a.owner() + ", " + HtmlPage.day(a.dueDate()) + ")").toList());
                rows.add(new String[] {m.kind() + " " + m.number(), da(m.status()), page.when(m.scheduledAt()), open});
            }
            page.table(new String[] {"Møde", "Status", "Tidspunkt", "Åbne aftalte handlinger"}, rows);
        }

        if (o.supportPerson() != null) {
            page.heading("Barnets bisidder");
            page.paragraph(o.supportPerson().name() + (o.supportPerson().relation() == null ? "" : " (" + o.supportPerson().relation() + ")")
                    + (o.supportPerson().contact() == null ? "" : " · " + o.supportPerson().contact())
                    + " · inviteres til sagens netværksmøder (Barnets lov § 6)");
        }

        page.heading(o.currentPlan() == null ? "Barnets plan" : o.currentPlan().danishName());
        if (o.currentPlan() == null) {
            page.paragraph("Der er ikke skrevet en plan endnu.");
        } else {
            plan(page, o.currentPlan(), people);
            for (PlanView earlier : o.earlierPlans()) {
                page.heading("Tidligere version " + earlier.version());
                plan(page, earlier, people);
            }
        }

        if (!o.investigations().isEmpty()) {
            page.heading("Børnefaglige undersøgelser");
            for (InvestigationView i : o.investigations()) {
                var c = i.content();
                page.note("Undersøgelse afsluttet " + page.when(i.completedAt()) + (i.late() ? " (efter fristen)" : ""),
                        people.name(i.completedBy()) + " · Børnelineal " + c.childRulerCategory() + " · anbefalet trin "
                                + (c.recommendedStep() == 0 ? "ingen indsats" : c.recommendedStep())
                                + " · samtale med barnet: " + (c.childHeardOn() != null ? HtmlPage.day(c.childHeardOn())
                                : "ikke holdt (" + c.childConversationWaivedReason() + ")"),
                        c.conclusion());
            }
        }

        page.heading("Bevægelser på indsatstrappen");
        if (o.staircaseHistory().isEmpty()) {
            page.paragraph("Ingen endnu.");
        } else {
            List<String[]> rows = new ArrayList<>();
            for (StaircaseMove move : o.staircaseHistory()) {
                rows.add(new String[] {HtmlPage.day(move.movedOn()), move.fromStep() + " → " + move.toStep()
                        + (move.isDown() ? " (ned)" : " (op)"), move.reason(), people.name(move.movedBy())});
            }
            page.table(new String[] {"Dato", "Trin", "Begrundelse", "Af"}, rows);
        }

        journal(page, entries, people);

        if (!o.notes().isEmpty()) {
            page.heading("Notater");
            for (CaseNoteView note : o.notes()) {
                page.note(da(note.kind().name()) + (note.dueOn() == null ? "" : " (frist " + HtmlPage.day(note.dueOn()) + ")"),
                        people.name(note.writtenBy()) + " · " + page.when(note.writtenAt()), note.text());
            }
        }
        return page.render();
    }

    /**
     * The case's one chronological journal (issue 15): notes, documents, decisions, letters and the
     * process's own events, newest last, so the case reads as it happened.
     */
    private void journal(HtmlPage page, List<CaseJournalEntry> entries, People people) {
        page.heading("Journal");
        if (entries.isEmpty()) {
            page.paragraph("Intet i journalen endnu.");
            return;
        }
        for (CaseJournalEntry e : entries) {
            String open = e.link() == null ? "" : " · <a href=\"" + HtmlPage.escape(e.link()) + "\">Åbn</a>";
            page.html("<div class=\"note" + (CaseJournalEntry.PROCESS.equals(e.source()) ? " process" : "") + "\"><strong>"
                    + HtmlPage.escape(page.when(e.at()) + " · " + e.kind()) + "</strong> · " + HtmlPage.escape(e.title())
                    + (e.byline() == null || e.byline().isBlank() ? "" : " · " + HtmlPage.escape(people.byline(e.byline()))) + open
                    + (e.text() == null ? "" : "<pre>" + HtmlPage.escape(e.text()) + "</pre>") + "</div>");
        }
    }

    /**
     * Names instead of user ids wherever the page says who did something (a caseworker reads "Camilla
     * Nordby", not "cnord1"); each id is looked up once per page.
     */
    private final class People {
        private static final java.util.regex.Pattern USER_ID = java.util.regex.Pattern.compile("[a-z][a-z0-9._-]{1,63}");
        private final java.util.Map<String, String> names = new java.util.HashMap<>();

        String name(String userId) {
            if (userId == null || !USER_ID.matcher(userId).matches()) {
                return userId;
            }
            return names.computeIfAbsent(userId, organisation::displayName);
        }

        /** A journal entry's byline: its parts separated by " · ", each a user id made a name. */
        String byline(String byline) {
            return java.util.Arrays.stream(byline.split(" · ", -1)).map(this::name)
                    .collect(java.util.stream.Collectors.joining(" · "));
        }
    }

    private static void plan(HtmlPage page, PlanView plan, People people) {
        page.paragraph("Version " + plan.version() + " · " + people.name(plan.createdBy()) + " · " + page.when(plan.createdAt())
                + (plan.reason() == null ? "" : " · " + plan.reason())
                + (!plan.youngPersonPlan() ? "" : Boolean.TRUE.equals(plan.youngPersonTookPart())
                        ? " · Ungeplan lavet med den unge" : " · Den unge deltog ikke: " + plan.youngPersonNotPartReason()));
        List<String[]> rows = new ArrayList<>();
        plan.goals().forEach(goal -> rows.add(new String[] {da(goal.party().name()), goal.description(),
                goal.progressSign(), HtmlPage.day(goal.targetDate())}));
        page.table(new String[] {"For", "Mål", "Sådan ser vi fremskridt", "Måldato"}, rows);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String da(String value) {
        return DANISH.getOrDefault(value, value);
    }
}
