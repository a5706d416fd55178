package dk.trappen.casefile.web;

import java.util.List;

import dk.trappen.casefile.AccessChannel;
import dk.trappen.casefile.CaseOverview;
import dk.trappen.casefile.CaseOverviews;
import dk.trappen.casefile.CaseRef;
import dk.trappen.casefile.CaseloadEntry;
import dk.trappen.casefile.ChildCases;
import dk.trappen.organisation.Organisation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The child's case over HTTP: the overview, the caseload, and handing a case to another caseworker. */
@RestController
class CaseController {

    private final CaseOverviews overviews;
    private final ChildCases cases;
    private final Organisation organisation;

    private final dk.trappen.casefile.ChildCaseProcesses processes;

    CaseController(CaseOverviews overviews, ChildCases cases, Organisation organisation,
                   dk.trappen.casefile.ChildCaseProcesses processes) {
        this.processes = processes;
        this.overviews = overviews;
        this.cases = cases;
        this.organisation = organisation;
    }

    /** The child, current step, measures, plan, deadlines and staircase history. Audit-logged. */
    @GetMapping("/api/children/{childId}/case")
    CaseOverview overview(@PathVariable long childId) {
        return overviews.ofChild(childId, organisation.currentUser(), AccessChannel.API);
    }

    /** Open cases per caseworker against the target and maximum, for the user's teams. */
    @GetMapping("/api/caseload")
    List<CaseloadEntry> caseload() {
        return cases.caseload(organisation.currentUser());
    }

    record Assignment(String caseworker) {
    }

    /** The child's support person (bisidder, Barnets lov § 6), invited to the case's network meetings. */
    @PutMapping("/api/cases/{caseId}/support-person")
    dk.trappen.casefile.SupportPerson supportPerson(@PathVariable long caseId,
                                                    @RequestBody(required = false) dk.trappen.casefile.SupportPerson person) {
        return cases.recordSupportPerson(caseId, person, organisation.currentUser());
    }

    /**
     * Support beside the running investigation (Barnets lov § 32 stk. 4): the case's caseworker gets
     * "Vælg indsats". 409 when no investigation runs or such a choice is open already.
     */
    @org.springframework.web.bind.annotation.PostMapping("/api/cases/{caseId}/measure-alongside-investigation")
    org.springframework.http.ResponseEntity<Void> measureAlongside(@PathVariable long caseId) {
        processes.startMeasureAlongside(cases.refForAct(caseId, organisation.currentUser()));
        return org.springframework.http.ResponseEntity.accepted().build();
    }

    /** Gives the case to another caseworker of its team; one at the maximum only by the team leader. */
    @PutMapping("/api/cases/{caseId}/caseworker")
    CaseRef assign(@PathVariable long caseId, @RequestBody Assignment assignment) {
        return cases.assign(caseId, assignment.caseworker(), organisation.currentUser());
    }
}
