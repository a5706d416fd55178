package dk.trappen.insight.web;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.trappen.insight.Dashboard;
import dk.trappen.insight.DashboardView;
import dk.trappen.organisation.Organisation;
import dk.trappen.platform.HtmlPage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The managers' dashboard at {@code /dashboard} (Danish; the Camunda webapp login): caseload,
 * deadlines by kind, the staircase and Kolding's five goals as charts (Chart.js, served by the
 * application), filters by team and period, CSV of every number, and the quarterly evaluation.
 */
@RestController
class DashboardPage {

    static final String CHART_JS = "/webjars/chart.js/4.5.1/dist/chart.umd.min.js";

    private final Dashboard dashboard;
    private final Organisation organisation;
    private final ObjectMapper json;
    private final String municipality;

    DashboardPage(Dashboard dashboard, Organisation organisation, ObjectMapper json,
                  @Value("${trappen.municipality:Trappen Kommune}") String municipality) {
        this.dashboard = dashboard;
        this.organisation = organisation;
        this.json = json;
        this.municipality = municipality;
    }

    @GetMapping(value = "/dashboard", produces = HtmlPage.MEDIA_TYPE)
    ResponseEntity<String> page(@RequestParam(required = false) String team, @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to) {
        return HtmlPage.respond(() -> {
            var user = organisation.currentUser();
            DashboardView view = dashboard.of(user, team, DashboardController.date("from", from), DashboardController.date("to", to));
            return render(view, dashboard.visibleTeams(user), team);
        });
    }

    @GetMapping("/dashboard/export.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String team, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to) {
        return DashboardController.csvResponse(DashboardCsv.of(dashboard.of(organisation.currentUser(), team,
                DashboardController.date("from", from), DashboardController.date("to", to))), "overblik.csv");
    }

    @GetMapping(value = "/dashboard/evaluation", produces = HtmlPage.MEDIA_TYPE)
    ResponseEntity<String> evaluation(@RequestParam(required = false) String team, @RequestParam(required = false) String quarter) {
        return HtmlPage.respond(() -> {
            Dashboard.Evaluation e = dashboard.evaluation(organisation.currentUser(), team,
                    quarter == null ? dashboard.currentQuarter() : quarter);
            StringBuilder html = head("Kvartalsevaluering " + e.quarter());
            html.append("<h1>Kvartalsevaluering ").append(esc(e.quarter())).append("</h1><p class=\"meta\">")
                    .append(esc(municipality)).append(" · teams: ").append(esc(String.join(", ", e.teams()))).append(" · ")
                    .append(e.from()).append(" – ").append(e.to())
                    .append(". Åbne sager efter kategori på Børnelinealen og nuværende trin; kvartalets bevægelser.</p>");
            html.append("<table><tr><th>Kategori</th>");
            e.steps().forEach(step -> html.append("<th>").append(esc(step)).append("</th>"));
            html.append("<th>Ned</th><th>Op</th></tr>");
            e.rows().forEach(row -> {
                html.append("<tr><td>").append(esc(row.category())).append("</td>");
                row.childrenPerStep().forEach(n -> html.append("<td class=\"n\">").append(n).append("</td>"));
                html.append("<td class=\"n\">").append(row.movesDown()).append("</td><td class=\"n\">").append(row.movesUp())
                        .append("</td></tr>");
            });
            html.append("</table><p class=\"noprint\"><a href=\"/dashboard\">Tilbage til overblikket</a> · ")
                    .append("<a href=\"javascript:window.print()\">Udskriv</a></p></body></html>");
            return html.toString();
        });
    }

    private String render(DashboardView v, List<String> teams, String team) {
        StringBuilder html = head("Overblik");
        html.append("<h1>Overblik · ").append(esc(municipality)).append("</h1>");
        html.append("<form class=\"noprint\" method=\"get\" action=\"/dashboard\"><label>Team <select name=\"team\">")
                .append("<option value=\"\">Alle mine teams</option>");
        teams.forEach(t -> html.append("<option value=\"").append(esc(t)).append("\"").append(t.equals(team) ? " selected" : "")
                .append(">").append(esc(t)).append("</option>"));
        html.append("</select></label> <label>Fra <input type=\"date\" name=\"from\" value=\"").append(v.from())
                .append("\"></label> <label>Til <input type=\"date\" name=\"to\" value=\"").append(v.to())
                .append("\"></label> <button>Vis</button> · <a id=\"csv\" href=\"/dashboard/export.csv?")
                .append(query(team, v)).append("\">Hent tallene som CSV</a> · <a href=\"/dashboard/evaluation")
                .append(team == null || team.isBlank() ? "" : "?team=" + esc(team)).append("\">Kvartalsevaluering</a></form>");
        html.append("<p class=\"meta\">Teams: ").append(esc(String.join(", ", v.teams()))).append(" · periode ")
                .append(v.from()).append(" – ").append(v.to()).append(". Kun tal, ingen navne på børn.</p>");
        html.append("<div class=\"cards\">")
                .append(card("Netværksmøder pr. åben sag (mål 2)", v.networks().meetingsPerCase(), v.networks().meetingsHeld() + " møder"))
                .append(card("Gns. længde af afsluttede anbringelser, dage (mål 3)", v.placements().averageEndedDays(),
                        v.placements().endedInPeriod() + " afsluttet"))
                .append(card("Andel anbringelser i netværket (mål 4)", v.placements().networkShare(),
                        v.placements().inNetwork() + " af " + v.placements().running()))
                .append(card("Andel opfølgninger, hvor barnet er hørt (mål 5)", v.heard().heardShare(),
                        v.heard().childHeard() + " af " + v.heard().followUpsHeld()))
                .append("</div><div class=\"grid\">");
        for (String[] chart : new String[][] {{"caseload", "Sagstal pr. rådgiver (mål " + v.caseloadTarget() + ", maks " + v.caseloadMax() + ")"},
                {"deadlines", "Frister: overskredne og kommende 14 dage"}, {"steps", "Børn pr. trin på indsatstrappen nu"},
                {"moves", "Bevægelser ned og op ad trappen pr. måned (mål 1)"}, {"quarters", "Bevægelser pr. kvartal (mål 1)"},
                {"fit", "Familiernes FIT-score pr. måned (mål 5)"}}) {
            html.append("<figure><figcaption>").append(esc(chart[1])).append("</figcaption><canvas id=\"chart-")
                    .append(chart[0]).append("\"></canvas></figure>");
        }
        html.append("</div><script type=\"application/json\" id=\"dashboard-data\">")
                .append(embedded(v)).append("</script>")
                .append("<script src=\"").append(CHART_JS).append("\"></script><script>").append(SCRIPT).append("</script></body></html>");
        return html.toString();
    }

    /** The numbers for the charts, safe inside a script element. */
    private String embedded(DashboardView v) {
        try {
            return json.writeValueAsString(v).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The dashboard's numbers cannot be written as JSON", e);
        }
    }

    private static String query(String team, DashboardView v) {
        return (team == null || team.isBlank() ? "" : "team=" + esc(team) + "&amp;") + "from=" + v.from() + "&amp;to=" + v.to();
    }

    private static String card(String label, double value, String detail) {
        return "<div class=\"card\"><div class=\"v\">" + String.valueOf(value).replace('.', ',') + "</div><div>" + esc(label)
                + "</div><div class=\"d\">" + esc(detail) + "</div></div>";
    }

    private StringBuilder head(String title) {
        return new StringBuilder("<!doctype html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append(" · ").append(esc(municipality)).append("</title><style>").append(STYLE)
                .append("</style></head><body>");
    }

    private static String esc(String text) {
        return HtmlPage.escape(text);
    }

    static final String STYLE = """
            body{font-family:system-ui,Arial,sans-serif;margin:1.5rem;color:#222}h1{font-size:1.5rem}
            .meta{color:#555}.cards{display:flex;gap:1rem;flex-wrap:wrap;margin:1rem 0}
            .card{border:1px solid #ccc;border-radius:6px;padding:.8rem 1rem;min-width:13rem;max-width:16rem}
            .card .v{font-size:1.8rem;font-weight:600}.card .d{color:#666;font-size:.85rem}
            .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(30rem,1fr));gap:1.5rem}
            figure{margin:0;border:1px solid #eee;padding:.5rem}figcaption{font-weight:600;margin-bottom:.4rem}
            table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.3rem .6rem}td.n{text-align:right}
            form label{margin-right:.6rem}
            @media print{.noprint{display:none}body{margin:0}figure{break-inside:avoid}}
            """;

    /** Draws the charts from the numbers embedded in the page (the same as /api/dashboard returns). */
    static final String SCRIPT = """
            const d = JSON.parse(document.getElementById('dashboard-data').textContent);
            const counts = {y: {beginAtZero: true, ticks: {precision: 0}}};
            const bar = (id, labels, datasets, extra = {}) => new Chart(document.getElementById(id), {type: 'bar',
              data: {labels, datasets}, options: Object.assign({animation: false, responsive: true, scales: counts}, extra)});
            const cl = d.caseload;
            bar('chart-caseload', cl.map(c => c.name || c.caseworker), [
              {label: 'Åbne sager', data: cl.map(c => c.openCases), backgroundColor: '#4e79a7'},
              {type: 'line', label: 'Mål', data: cl.map(() => d.caseloadTarget), borderColor: '#59a14f', pointRadius: 0},
              {type: 'line', label: 'Maksimum', data: cl.map(() => d.caseloadMax), borderColor: '#e15759', pointRadius: 0}]);
            const dl = d.deadlines.filter(x => x.overdue + x.coming > 0);
            bar('chart-deadlines', dl.map(x => x.name), [
              {label: 'Overskredet', data: dl.map(x => x.overdue), backgroundColor: '#e15759'},
              {label: 'Kommende 14 dage', data: dl.map(x => x.coming), backgroundColor: '#f28e2b'}],
              {scales: {x: {stacked: true}, y: {stacked: true, ticks: {precision: 0}}}});
            bar('chart-steps', d.childrenPerStep.map(s => s.step + ' ' + s.name),
              [{label: 'Børn', data: d.childrenPerStep.map(s => s.children), backgroundColor: '#76b7b2'}]);
            const moves = (id, rows) => bar(id, rows.map(m => m.period), [
              {label: 'Ned (mindre indgribende)', data: rows.map(m => m.down), backgroundColor: '#59a14f'},
              {label: 'Op', data: rows.map(m => m.up), backgroundColor: '#edc948'}]);
            moves('chart-moves', d.movesPerMonth);
            moves('chart-quarters', d.movesPerQuarter);
            new Chart(document.getElementById('chart-fit'), {type: 'line', data: {labels: d.heard.fit.map(f => f.month),
              datasets: [{label: 'Gns. ORS (0–40)', data: d.heard.fit.map(f => f.averageOrs), borderColor: '#b07aa1'},
                         {label: 'Gns. SRS (0–40)', data: d.heard.fit.map(f => f.averageSrs), borderColor: '#59a14f'}]},
              options: {animation: false, scales: {y: {min: 0, max: 40}}}});
            window.dashboardReady = true;
            """;
}
