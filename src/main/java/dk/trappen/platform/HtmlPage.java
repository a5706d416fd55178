package dk.trappen.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * The plain Danish pages a caseworker opens from a task in Tasklist (the engine holds no names or
 * free text, so the form links here). Server-rendered, escaped, no scripts; one look for all.
 */
public final class HtmlPage {

    public static final String MEDIA_TYPE = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";
    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm", DANISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);
    private static final String HEAD = "<!doctype html><html lang=\"da\"><head><meta charset=\"utf-8\">"
            + "<style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}"
            + "dt{font-weight:600;margin-top:.6rem}dd{margin:0}.note{border-left:3px solid #999;padding-left:.8rem;margin:.8rem 0}"
            + "pre{white-space:pre-wrap;font-family:inherit}table{border-collapse:collapse;width:100%;margin:.5rem 0}"
            + "th,td{text-align:left;border-bottom:1px solid #ddd;padding:.3rem .5rem;vertical-align:top}"
            + ".overdue{color:#b00020;font-weight:600}</style>";
    /** The pages' one script (back and print links), a static file: their CSP allows no inline script. */
    public static final String SCRIPT = "/trappen/page.js";
    private static final String BACK = "<p><a href=\"/camunda/app/tasklist/\" data-back>← Tilbage til opgaven</a></p>"
            + "<script src=\"" + SCRIPT + "\" defer></script>";

    private final StringBuilder html = new StringBuilder(HEAD);
    private final ZoneId zone;

    public HtmlPage(String title, ZoneId zone) {
        this(title, zone, BACK);
    }

    /** A page not opened from a task: its way back is a link to {@code backHref} instead. */
    public HtmlPage(String title, ZoneId zone, String backHref, String backText) {
        this(title, zone, "<p><a href=\"" + escape(backHref) + "\">← " + escape(backText) + "</a></p>");
    }

    private HtmlPage(String title, ZoneId zone, String back) {
        this.zone = zone;
        html.append("<title>").append(escape(title)).append("</title></head><body>").append(back)
                .append("<h1>").append(escape(title)).append("</h1>");
    }

    /**
     * Renders the page, or a Danish 403/404/400 page when the read is refused, finds nothing or is
     * asked with a bad parameter (e.g. a filter's date).
     */
    public static ResponseEntity<String> respond(Supplier<String> page) {
        try {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(MEDIA_TYPE)).body(page.get());
        } catch (ForbiddenException | NotFoundException | InvalidInputException refused) {
            HttpStatus status = refused instanceof ForbiddenException ? HttpStatus.FORBIDDEN
                    : refused instanceof NotFoundException ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
            String title = switch (status) {
                case FORBIDDEN -> "Ingen adgang";
                case NOT_FOUND -> "Findes ikke";
                default -> "Ugyldige oplysninger";
            };
            return ResponseEntity.status(status).contentType(MediaType.parseMediaType(MEDIA_TYPE))
                    .body(HEAD + "<title>" + title + "</title></head><body>" + BACK + "<h1>" + title + "</h1><p>"
                            + escape(refused.getMessage()) + "</p></body></html>");
        }
    }

    public HtmlPage heading(String text) {
        html.append("<h2>").append(escape(text)).append("</h2>");
        return this;
    }

    public HtmlPage paragraph(String text) {
        html.append("<p>").append(escape(text)).append("</p>");
        return this;
    }

    public HtmlPage startFacts() {
        html.append("<dl>");
        return this;
    }

    public HtmlPage fact(String label, String value) {
        html.append("<dt>").append(escape(label)).append("</dt><dd>").append(escape(value)).append("</dd>");
        return this;
    }

    public HtmlPage endFacts() {
        html.append("</dl>");
        return this;
    }

    public HtmlPage text(String text) {
        html.append("<pre>").append(escape(text)).append("</pre>");
        return this;
    }

    /** A journal-like note: a bold title, a byline, and the text kept as written. */
    public HtmlPage note(String title, String byline, String text) {
        html.append("<div class=\"note\"><strong>").append(escape(title)).append("</strong>")
                .append(byline == null ? "" : " · " + escape(byline))
                .append(text == null ? "" : "<pre>" + escape(text) + "</pre>").append("</div>");
        return this;
    }

    /** A table; cells are escaped. A cell starting with "!" is shown as overdue. */
    public HtmlPage table(String[] headers, java.util.List<String[]> rows) {
        return table(headers, rows, null);
    }

    /** As {@link #table(String[], java.util.List)}, each row's first cell a link to {@code firstCellLinks}' href (null: none). */
    public HtmlPage table(String[] headers, java.util.List<String[]> rows, java.util.List<String> firstCellLinks) {
        html.append("<table><tr>");
        for (String header : headers) {
            html.append("<th>").append(escape(header)).append("</th>");
        }
        html.append("</tr>");
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            String link = firstCellLinks == null ? null : firstCellLinks.get(r);
            html.append("<tr>");
            for (int c = 0; c < row.length; c++) {
                String cell = row[c];
                boolean overdue = cell != null && cell.startsWith("!");
                String text = escape(overdue ? cell.substring(1) : cell);
                html.append(overdue ? "<td class=\"overdue\">" : "<td>")
                        .append(c == 0 && link != null ? "<a href=\"" + escape(link) + "\">" + text + "</a>" : text)
                        .append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</table>");
        return this;
    }

    /**
     * Markup the caller built itself (links, a form): every text and attribute value in it must
     * already be escaped with {@link #escape(String)}.
     */
    public HtmlPage html(String escapedMarkup) {
        html.append(escapedMarkup);
        return this;
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(zone));
    }

    /**
     * A deadline as Danes read it: one that runs out at midnight (the end of a day, as every
     * deadline "on" a day does) is that day, without a time — never the next day "kl. 00:00".
     */
    public String due(Instant instant) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(zone);
        return local.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? day(local.toLocalDate().minusDays(1)) : when(instant);
    }

    public static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public String render() {
        return html.append("</body></html>").toString();
    }

    public static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
