package dk.trappen.decisions.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import dk.trappen.casefile.AccessChannel;
import dk.trappen.decisions.DecisionInput;
import dk.trappen.decisions.DecisionProcesses;
import dk.trappen.decisions.DecisionView;
import dk.trappen.decisions.Decisions;
import dk.trappen.decisions.HearingInput;
import dk.trappen.decisions.HearingView;
import dk.trappen.organisation.Organisation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's decisions and hearings over HTTP. The process's tasks record decisions through
 * {@link Decisions} directly; the POSTs serve integrations and a family's answer to a hearing.
 */
@RestController
class DecisionController {

    private final Decisions decisions;
    private final DecisionProcesses processes;
    private final Organisation organisation;

    DecisionController(Decisions decisions, DecisionProcesses processes, Organisation organisation) {
        this.decisions = decisions;
        this.processes = processes;
        this.organisation = organisation;
    }

    /** The case's decisions, oldest first, each with its consent, the child's view, hearing and letters. Audit-logged. */
    @GetMapping("/api/cases/{caseId}/decisions")
    List<DecisionView> list(@PathVariable long caseId) {
        return decisions.ofCase(caseId, organisation.currentUser(), AccessChannel.API);
    }

    /** Records a decision; 400 with the law's reason when consent or the child's view is missing. */
    @PostMapping("/api/cases/{caseId}/decisions")
    ResponseEntity<DecisionView> record(@PathVariable long caseId, @RequestBody DecisionInput input) {
        DecisionView decision = decisions.record(caseId, input, organisation.currentUser());
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/decisions")).body(decision);
    }

    @PostMapping("/api/cases/{caseId}/hearings")
    ResponseEntity<HearingView> sendHearing(@PathVariable long caseId, @RequestBody HearingInput input) {
        HearingView hearing = decisions.sendHearing(caseId, input, organisation.currentUser());
        return ResponseEntity.created(URI.create("/api/hearings/" + hearing.id())).body(hearing);
    }

    @GetMapping("/api/hearings/{id}")
    HearingView hearing(@PathVariable long id) {
        return decisions.hearing(id, organisation.currentUser(), AccessChannel.API);
    }

    record Answer(LocalDate answeredOn, String answer) {
    }

    /** The family's answer to a hearing, recorded once; a decision waiting for it can then be made. */
    @PostMapping("/api/hearings/{id}/answer")
    HearingView answer(@PathVariable long id, @RequestBody Answer answer) {
        return processes.answerHearing(id, answer == null ? null : answer.answeredOn(),
                answer == null ? null : answer.answer(), organisation.currentUser());
    }
}
