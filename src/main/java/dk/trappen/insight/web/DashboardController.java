package dk.trappen.insight.web;

import java.time.LocalDate;

import dk.trappen.insight.Dashboard;
import dk.trappen.insight.DashboardView;
import dk.trappen.organisation.Organisation;
import dk.trappen.platform.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's numbers over the API (HTTP Basic), as JSON and as CSV. */
@RestController
class DashboardController {

    private final Dashboard dashboard;
    private final Organisation organisation;

    DashboardController(Dashboard dashboard, Organisation organisation) {
        this.dashboard = dashboard;
        this.organisation = organisation;
    }

    @GetMapping("/api/dashboard")
    DashboardView dashboard(@RequestParam(required = false) String team, @RequestParam(required = false) String from,
                            @RequestParam(required = false) String to) {
        return dashboard.of(organisation.currentUser(), team, date("from", from), date("to", to));
    }

    @GetMapping("/api/dashboard/evaluation")
    Dashboard.Evaluation evaluation(@RequestParam(required = false) String team,
                                    @RequestParam(required = false) String quarter) {
        return dashboard.evaluation(organisation.currentUser(), team, quarter == null ? dashboard.currentQuarter() : quarter);
    }

    @GetMapping(value = "/api/dashboard/export.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String team, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to) {
        return csvResponse(DashboardCsv.of(dashboard.of(organisation.currentUser(), team, date("from", from), date("to", to))),
                "overblik.csv");
    }

    /** A query parameter's date (ISO, 2026-11-30), or null when absent; anything else is a 400 naming the parameter. */
    static LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.of(name, "skal være en dato som 2026-11-30");
        }
    }

    static ResponseEntity<String> csvResponse(String csv, String file) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"").body(csv);
    }
}
