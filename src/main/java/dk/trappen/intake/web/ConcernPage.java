package dk.trappen.intake.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import dk.trappen.casefile.AccessChannel;
import dk.trappen.intake.ConcernService;
import dk.trappen.intake.ConcernView;
import dk.trappen.platform.ForbiddenException;
import dk.trappen.platform.NotFoundException;
import dk.trappen.platform.TimeSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The concern as a caseworker reads it next to a task: the form in Tasklist links here, because
 * the engine holds no names or descriptions. Every view is audit-logged as a read from a task.
 */
@RestController
class ConcernPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm", new Locale("da"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d. MMMM yyyy", new Locale("da"));

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
            Map.entry("CLOSED", "Lukket"),
            Map.entry("NO_FURTHER_ACTION", "Rådgivning og luk"), Map.entry("EARLY_PREVENTION", "Tidlig Forebyggelse"),
            Map.entry("CLARIFICATION", "Afdækning"), Map.entry("INVESTIGATION", "Børnefaglig undersøgelse"),
            Map.entry("ACUTE_ACTION", "Akut handling"),
            Map.entry("ASSESSMENT", "Vurdering"), Map.entry("ADVICE", "Rådgivning givet"),
            Map.entry("DIALOGUE_MEETING", "Dialogmøde"), Map.entry("CHILD_CONVERSATION", "Børnesamtale"),
            Map.entry("LATE_ASSESSMENT", "Sen vurdering håndteret"), Map.entry("LATE_ACKNOWLEDGEMENT", "Sen kvittering håndteret"),
            Map.entry("REFERRAL_RECEIVED", "Henvisning modtaget"));

    @GetMapping(value = "/app/concerns/{id}", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    ResponseEntity<String> page(@PathVariable long id) {
        try {
            return ResponseEntity.ok(render(concerns.view(id, AccessChannel.TASK)));
        } catch (ForbiddenException | NotFoundException refused) {
            HttpStatus status = refused instanceof ForbiddenException ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND;
            return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML)
                    .body(HEAD + "<title>Ingen adgang</title></head><body>" + BACK + "<h1>"
                            + (status == HttpStatus.FORBIDDEN ? "Ingen adgang" : "Findes ikke") + "</h1><p>"
                            + e(refused.getMessage()) + "</p></body></html>");
        }
    }

    private static final String HEAD = "<!doctype html><html lang=\"da\"><head><meta charset=\"utf-8\">"
            + "<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#222}"
            + "dt{font-weight:600;margin-top:.6rem}dd{margin:0}.note{border-left:3px solid #999;padding-left:.8rem;margin:.8rem 0}"
            + "pre{white-space:pre-wrap;font-family:inherit}</style>";
    private static final String BACK = "<p><a href=\"javascript:history.back()\">← Tilbage til opgaven</a></p>";

    private String render(ConcernView c) {
        StringBuilder html = new StringBuilder(HEAD);
        html.append("<title>").append(e(c.concernNumber())).append("</title></head><body>").append(BACK)
                .append("<h1>Underretning ").append(e(c.concernNumber())).append("</h1><dl>");
        row(html, "Barn", c.child().name());
        row(html, "CPR-nummer", c.child().cpr() != null ? c.child().cpr() : "ikke oplyst");
        row(html, "Fødselsdato", c.child().birthDate() != null ? DAY.format(c.child().birthDate()) : "ikke oplyst");
        row(html, "Underretter", da(c.notifierType()) + (c.notifierOrganisation() != null ? ", " + c.notifierOrganisation() : "")
                + (c.notifierContact() != null ? " (" + c.notifierContact() + ")" : ""));
        row(html, "Modtaget", when(c.receivedAt()));
        row(html, "Vurderes senest", when(c.assessmentDueAt()));
        if (c.acknowledgementDueDate() != null) {
            row(html, "Kvittering senest", DAY.format(c.acknowledgementDueDate())
                    + (c.acknowledgedAt() != null ? " (sendt " + when(c.acknowledgedAt()) + ")" : " (ikke sendt)"));
        }
        row(html, "Bekymringsniveau", da(c.concernLevel()));
        row(html, "Vedrører overgreb", c.concernsAbuse() ? "Ja" : "Nej");
        row(html, "Barnet har en åben sag", c.childHadOpenCase() ? "Ja: kræver en anden vurderer" : "Nej");
        row(html, "Status", da(c.status()) + (c.route() != null ? " · rute: " + da(c.route()) : ""));
        if (c.caseNumber() != null) {
            row(html, "Sag", c.caseNumber());
        }
        html.append("</dl><h2>Underretningen</h2><pre>").append(e(c.description())).append("</pre>");
        if (!c.triage().isEmpty()) {
            html.append("<h2>Visitation</h2>");
            for (ConcernView.TriageView triage : c.triage()) {
                html.append("<div class=\"note\"><strong>").append(e(da(triage.chosenRoute()))).append("</strong> · ")
                        .append(e(triage.decidedBy())).append(" · ").append(e(when(triage.decidedAt())))
                        .append(triage.chosenRoute() != triage.proposedRoute()
                                ? "<br>Reglen foreslog: " + e(da(triage.proposedRoute())) : "")
                        .append(triage.reason() != null ? "<pre>" + e(triage.reason()) + "</pre>" : "").append("</div>");
            }
        }
        if (!c.notes().isEmpty()) {
            html.append("<h2>Journal</h2>");
            for (ConcernView.NoteView note : c.notes()) {
                html.append("<div class=\"note\"><strong>").append(e(da(note.kind()))).append("</strong> · ")
                        .append(e(note.writtenBy())).append(" · ").append(e(when(note.writtenAt())))
                        .append("<pre>").append(e(note.text())).append("</pre></div>");
            }
        }
        return html.append("</body></html>").toString();
    }

    private static String da(Enum<?> value) {
        return value == null ? "" : DANISH.getOrDefault(value.name(), value.name());
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<dt>").append(e(label)).append("</dt><dd>").append(e(value)).append("</dd>");
    }

    private String when(Instant instant) {
        return WHEN.format(instant.atZone(zone));
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
