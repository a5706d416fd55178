package dk.trappen.insight.web;

import java.util.Locale;

import dk.trappen.insight.Dashboard;
import dk.trappen.insight.DashboardView;

/**
 * Every chart's numbers as one CSV (semicolon-separated, as Danish spreadsheets expect): chart,
 * label, series, value. Aggregates only, so the file may leave the product.
 */
final class DashboardCsv {

    /**
     * UTF-8 with a byte-order mark, so Danish Excel reads æøå; semicolons and decimal commas, as a
     * Danish spreadsheet expects them.
     */
    private final StringBuilder csv = new StringBuilder("\uFEFFdiagram;etiket;serie;værdi\n");
    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private DashboardCsv() {
    }

    static String of(DashboardView v) {
        DashboardCsv out = new DashboardCsv();
        v.caseload().forEach(c -> out.row("sagstal", c.name().isBlank() ? c.caseworker() : c.name(), "åbne sager", c.openCases()));
        out.row("sagstal", "mål", "sager", v.caseloadTarget());
        out.row("sagstal", "maksimum", "sager", v.caseloadMax());
        v.deadlines().forEach(d -> {
            out.row("frister", d.name(), "overskredet", d.overdue());
            out.row("frister", d.name(), "kommende 14 dage", d.coming());
        });
        v.childrenPerStep().forEach(s -> out.row("indsatstrappen", s.step() + " " + s.name(), "børn", s.children()));
        v.movesPerMonth().forEach(m -> {
            out.row("bevægelser pr. måned", m.period(), "ned", m.down());
            out.row("bevægelser pr. måned", m.period(), "op", m.up());
        });
        v.movesPerQuarter().forEach(m -> {
            out.row("bevægelser pr. kvartal", m.period(), "ned", m.down());
            out.row("bevægelser pr. kvartal", m.period(), "op", m.up());
        });
        out.row("netværk (mål 2)", "netværksmøder holdt", "antal", v.networks().meetingsHeld());
        out.row("netværk (mål 2)", "åbne sager", "antal", v.networks().openCases());
        out.row("netværk (mål 2)", "møder pr. sag", "gennemsnit", v.networks().meetingsPerCase());
        out.row("anbringelser (mål 3)", "afsluttet i perioden", "antal", v.placements().endedInPeriod());
        out.row("anbringelser (mål 3)", "afsluttede", "gennemsnitlig varighed (dage)", v.placements().averageEndedDays());
        out.row("anbringelser (mål 3)", "igangværende", "gennemsnitlig varighed (dage)", v.placements().averageRunningDays());
        out.row("anbringelser i netværk (mål 4)", "igangværende anbringelser", "antal", v.placements().running());
        out.row("anbringelser i netværk (mål 4)", "i netværket", "antal", v.placements().inNetwork());
        out.row("anbringelser i netværk (mål 4)", "andel", "andel", v.placements().networkShare());
        out.row("barnet hørt (mål 5)", "opfølgninger", "antal", v.heard().followUpsHeld());
        out.row("barnet hørt (mål 5)", "barnet hørt", "antal", v.heard().childHeard());
        out.row("barnet hørt (mål 5)", "andel", "andel", v.heard().heardShare());
        v.heard().fit().forEach(f -> {
            out.row("FIT pr. måned (mål 5)", f.month(), "gennemsnit ORS", f.averageOrs());
            out.row("FIT pr. måned (mål 5)", f.month(), "gennemsnit SRS", f.averageSrs());
        });
        return out.csv.toString();
    }

    static String of(Dashboard.Evaluation e) {
        DashboardCsv out = new DashboardCsv();
        e.rows().forEach(row -> {
            for (int step = 0; step < row.childrenPerStep().size(); step++) {
                out.row("kvartalsevaluering " + e.quarter(), "kategori " + row.category(), e.steps().get(step),
                        row.childrenPerStep().get(step));
            }
            out.row("kvartalsevaluering " + e.quarter(), "kategori " + row.category(), "bevægelser ned", row.movesDown());
            out.row("kvartalsevaluering " + e.quarter(), "kategori " + row.category(), "bevægelser op", row.movesUp());
        });
        return out.csv.toString();
    }

    private void row(String chart, String label, String series, Object value) {
        csv.append(cell(chart)).append(';').append(cell(label)).append(';').append(cell(series)).append(';')
                .append(value instanceof Double d ? String.format(DANISH, "%.2f", d) : value).append('\n');
    }

    /** Quoted when it holds a separator, a quote or a line break; a leading =, +, - or @ is neutralised (CSV injection). */
    private static String cell(String text) {
        String safe = text == null ? "" : text;
        if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        return safe.matches(".*[;\"\\n\\r].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
