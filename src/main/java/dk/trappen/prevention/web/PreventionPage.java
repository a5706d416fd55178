package dk.trappen.prevention.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import dk.trappen.casefile.AccessChannel;
import dk.trappen.platform.HtmlPage;
import dk.trappen.platform.TimeSource;
import dk.trappen.prevention.FitFlag;
import dk.trappen.prevention.GroupOffer;
import dk.trappen.prevention.PreventionCourses;
import dk.trappen.prevention.PreventionOverview;
import dk.trappen.prevention.RequestView;
import dk.trappen.prevention.WorkerLoad;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The request and its course as the unit's staff read them next to a task (the engine holds no
 * names, notes or scores), and the leader's overview. Reads of the child are audit-logged.
 */
@RestController
class PreventionPage {

    private static final Map<String, String> DANISH = Map.ofEntries(
            Map.entry("NEW", "Venter på visitation"), Map.entry("IN_TRIAGE", "I ugens visitation"),
            Map.entry("ACCEPTED", "I målgruppen, venter på fordeling"), Map.entry("IN_DISTRIBUTION", "I ugens fordeling"),
            Map.entry("ASSIGNED", "Fordelt"), Map.entry("PASSED_ON", "Sendt til myndigheden"),
            Map.entry("INDIVIDUAL", "Individuelt forløb"), Map.entry("GROUP", "Gruppeforløb"),
            Map.entry("BOTH", "Individuelt forløb og gruppeforløb"),
            Map.entry("STARTING", "Opstart"), Map.entry("RUNNING", "I gang"), Map.entry("GROUP_ONLY", "Kun gruppeforløb"),
            Map.entry("CLOSED", "Afsluttet"),
            Map.entry("REACHED", "nået"), Map.entry("PARTLY", "delvist nået"), Map.entry("NOT_REACHED", "ikke nået"));

    private final PreventionCourses courses;
    private final ZoneId zone;

    PreventionPage(PreventionCourses courses, TimeSource time) {
        this.courses = courses;
        this.zone = time.zone();
    }

    @GetMapping(value = "/app/prevention/requests/{id}", produces = HtmlPage.MEDIA_TYPE)
    ResponseEntity<String> request(@PathVariable long id) {
        return HtmlPage.respond(() -> render(courses.view(id, AccessChannel.TASK)));
    }

    @GetMapping(value = "/app/prevention/overview", produces = HtmlPage.MEDIA_TYPE)
    ResponseEntity<String> overview() {
        return HtmlPage.respond(() -> render(courses.overview()));
    }

    private String render(RequestView r) {
        HtmlPage page = new HtmlPage("Henvendelse " + r.number(), zone).startFacts();
        page.fact("Barn", r.childName() + (r.childCpr() != null ? " (" + r.childCpr() + ")" : "")
                + (r.childBirthDate() != null ? ", født " + HtmlPage.day(r.childBirthDate()) : ""));
        if (r.parentName() != null) {
            page.fact("Forælder", r.parentName() + " · " + r.familyContact());
        }
        page.fact("Vej ind", r.wayIn().danishName() + (r.referrerOrganisation() != null
                ? " · " + r.referrerRole().danishName() + ": " + r.referrerOrganisation() : ""));
        page.fact("Emne", r.topic().danishName());
        page.fact("Modtaget", page.when(r.receivedAt()) + " · visiteres senest " + page.when(r.triageBy()));
        if (r.neededCompetence() != null) {
            page.fact("Kompetence", r.neededCompetence());
        }
        if (r.concernId() != null) {
            page.fact("Underretning", "se /app/concerns/" + r.concernId() + " (myndighedens visitation)");
        }
        page.fact("Status", DANISH.get(r.status().name()));
        if (r.courseId() != null) {
            page.fact("Forløb", DANISH.get(r.courseKind().name()) + " · " + DANISH.get(r.courseStatus().name())
                    + (r.worker() != null ? " · " + r.worker() : ""));
            page.fact("Kontakter", r.contacts().size() + " af " + r.contactLimit());
        }
        page.endFacts().heading("Henvendelsen").text(r.description());
        if (r.passReason() != null) {
            page.heading("Sendt til myndigheden").text(r.passReason());
        }
        if (r.goals() != null) {
            page.heading("Forløbets mål").text(r.goals());
        }
        if (!r.groupCourses().isEmpty()) {
            page.heading("Gruppeforløb");
            for (GroupOffer g : r.groupCourses()) {
                page.paragraph(g.name() + " · " + HtmlPage.day(g.startsOn()) + "–" + HtmlPage.day(g.endsOn()));
            }
        }
        if (!r.contacts().isEmpty()) {
            page.heading("Kontakter og FIT");
            for (RequestView.Contact c : r.contacts()) {
                String scores = (c.ors() != null ? "ORS " + c.ors() : "") + (c.srs() != null ? " · SRS " + c.srs() : "")
                        + (c.fitFlags().isEmpty() ? "" : " · " + String.join(", ",
                        c.fitFlags().stream().map(f -> FitFlag.valueOf(f).danishName()).toList()));
                page.note(HtmlPage.day(c.date()) + (c.place() != null ? " · " + c.place().danishName() : "")
                        + (c.durationMinutes() != null ? " · " + c.durationMinutes() + " min." : ""),
                        c.participants() + (scores.isBlank() ? "" : " · " + scores), c.note());
            }
        }
        for (RequestView.Extension e : r.extensions()) {
            page.note("Forlængelse " + (e.approved() == null ? "afventer lederen" : e.approved()
                    ? "godkendt: " + e.extraContacts() + " kontakter" : "afvist"), e.decidedBy() == null ? "" : e.decidedBy(),
                    e.reason());
        }
        if (r.goalsOutcome() != null) {
            page.heading("Afslutning").text("Målene er " + DANISH.get(r.goalsOutcome().name()) + ".\n" + r.recommendation());
        }
        return page.render();
    }

    private String render(PreventionOverview o) {
        HtmlPage page = new HtmlPage("Tidlig Forebyggelse: oversigt", zone).heading("Venter på visitation eller fordeling");
        for (PreventionOverview.Waiting w : o.waiting()) {
            page.note(w.number() + (w.triageOverdue() ? " · OVER EN UGE" : ""), w.wayIn().danishName() + " · "
                    + w.topic().danishName() + " · visiteres senest " + page.when(w.triageBy()), null);
        }
        page.heading("Medarbejdere");
        for (WorkerLoad worker : o.workers()) {
            page.paragraph(worker.name() + ": " + worker.families() + " familier (" + worker.minFamilies() + "–"
                    + worker.maxFamilies() + ") · " + String.join(", ", worker.competences()));
        }
        page.heading("Forløb");
        for (PreventionOverview.Course c : o.courses()) {
            List<String> flags = c.fitFlags().stream().map(f -> FitFlag.valueOf(f).danishName()).toList();
            page.paragraph(c.number() + " · " + (c.worker() == null ? "kun gruppe" : c.worker()) + " · kontakter "
                    + c.contactsUsed() + " af " + c.contactLimit() + (flags.isEmpty() ? "" : " · FIT: " + String.join(", ", flags)));
        }
        return page.render();
    }
}
