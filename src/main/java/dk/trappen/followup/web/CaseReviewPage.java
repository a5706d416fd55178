package dk.trappen.followup.web;

import java.util.List;

import dk.trappen.followup.Supervision;
import dk.trappen.organisation.Organisation;
import dk.trappen.platform.HtmlPage;
import dk.trappen.platform.TimeSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The quarterly case review's page, linked from the task "Sagsgennemgang": numbers, steps and deadlines, no names. */
@RestController
class CaseReviewPage {

    private final Supervision supervision;
    private final Organisation organisation;
    private final TimeSource time;

    CaseReviewPage(Supervision supervision, Organisation organisation, TimeSource time) {
        this.supervision = supervision;
        this.organisation = organisation;
        this.time = time;
    }

    @GetMapping(value = "/app/teams/{teamId}/review", produces = HtmlPage.MEDIA_TYPE)
    ResponseEntity<String> page(@PathVariable String teamId) {
        return HtmlPage.respond(() -> {
            List<Supervision.ReviewRow> rows = supervision.reviewList(teamId, organisation.currentUser());
            HtmlPage page = new HtmlPage("Sagsgennemgang – team " + teamId, time.zone());
            page.paragraph(rows.size() + " åbne sager. Sager med overskredne frister står øverst.");
            // Each case number opens the case page; who works on it reads as a name.
            java.util.Map<String, String> names = new java.util.HashMap<>();
            page.table(new String[] {"Sag", "Rådgiver", "Trin", "Overskredne frister", "Næste frist", "Næste opfølgning"},
                    rows.stream().map(row -> new String[] {row.caseNumber(), row.caseworker() == null ? "teamet"
                            : names.computeIfAbsent(row.caseworker(), organisation::displayName),
                            row.step() == 0 ? "–" : String.valueOf(row.step()),
                            row.overdue() == 0 ? "–" : "!" + row.overdue(),
                            row.nextDeadline() == null ? "–" : page.when(row.nextDeadline()),
                            row.nextFollowUp() == null ? "–" : HtmlPage.day(row.nextFollowUp())}).toList(),
                    rows.stream().map(row -> "/app/cases/" + row.caseId()).toList());
            return page.render();
        });
    }
}
