package dk.trappen.intake.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dk.trappen.casefile.AccessChannel;
import dk.trappen.intake.ConcernService;
import dk.trappen.intake.ConcernView;
import dk.trappen.platform.TimeSource;
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

    @GetMapping(value = "/app/concerns/{id}", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    String page(@PathVariable long id) {
        ConcernView c = concerns.view(id, AccessChannel.TASK);
        StringBuilder html = new StringBuilder();
        html.append("<!doctype html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>")
                .append(e(c.concernNumber())).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#222}")
                .append("dt{font-weight:600;margin-top:.6rem}dd{margin:0}.note{border-left:3px solid #999;padding-left:.8rem;margin:.8rem 0}")
                .append("pre{white-space:pre-wrap;font-family:inherit}</style></head><body>")
                .append("<h1>Underretning ").append(e(c.concernNumber())).append("</h1><dl>");
        row(html, "Barn", c.child().name());
        row(html, "CPR-nummer", c.child().cpr() != null ? c.child().cpr() : "ikke oplyst");
        row(html, "Fødselsdato", c.child().birthDate() != null ? DAY.format(c.child().birthDate()) : "ikke oplyst");
        row(html, "Underretter", c.notifierType() + (c.notifierOrganisation() != null ? ", " + c.notifierOrganisation() : "")
                + (c.notifierContact() != null ? " (" + c.notifierContact() + ")" : ""));
        row(html, "Modtaget", when(c.receivedAt()));
        row(html, "Vurderes senest", when(c.assessmentDueAt()));
        if (c.acknowledgementDueDate() != null) {
            row(html, "Kvittering senest", DAY.format(c.acknowledgementDueDate())
                    + (c.acknowledgedAt() != null ? " (sendt " + when(c.acknowledgedAt()) + ")" : " (ikke sendt)"));
        }
        row(html, "Bekymringsniveau", c.concernLevel().name());
        row(html, "Vedrører overgreb", c.concernsAbuse() ? "Ja" : "Nej");
        row(html, "Barnet har en åben sag", c.childHadOpenCase() ? "Ja: kræver en anden vurderer" : "Nej");
        row(html, "Status", c.status().name() + (c.route() != null ? ", rute " + c.route() : ""));
        if (c.caseNumber() != null) {
            row(html, "Sag", c.caseNumber());
        }
        html.append("</dl><h2>Underretningen</h2><pre>").append(e(c.description())).append("</pre>");
        if (!c.notes().isEmpty()) {
            html.append("<h2>Journal</h2>");
            for (ConcernView.NoteView note : c.notes()) {
                html.append("<div class=\"note\"><strong>").append(e(note.kind().name())).append("</strong> · ")
                        .append(e(note.writtenBy())).append(" · ").append(e(when(note.writtenAt())))
                        .append("<pre>").append(e(note.text())).append("</pre></div>");
            }
        }
        return html.append("</body></html>").toString();
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
