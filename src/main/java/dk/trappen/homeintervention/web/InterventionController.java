package dk.trappen.homeintervention.web;

import dk.trappen.homeintervention.EarlyEndReason;
import dk.trappen.homeintervention.InterventionProcesses;
import dk.trappen.homeintervention.InterventionView;
import dk.trappen.homeintervention.Interventions;
import dk.trappen.organisation.Organisation;
import dk.trappen.platform.InvalidInputException;
import dk.trappen.platform.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The intensive home-based intervention over HTTP: the intervention (team, phase, tracks, intensity) and ending it early. */
@RestController
class InterventionController {

    private final Interventions interventions;
    private final InterventionProcesses processes;
    private final Organisation organisation;

    InterventionController(Interventions interventions, InterventionProcesses processes, Organisation organisation) {
        this.interventions = interventions;
        this.processes = processes;
        this.organisation = organisation;
    }

    @GetMapping("/api/interventions/{id}")
    @Transactional
    InterventionView get(@PathVariable long id) {
        return interventions.view(id, organisation.currentUser());
    }

    /** The case's (latest) intervention, with its weekly hours and contacts. Audit-logged. */
    @GetMapping("/api/cases/{caseId}/intervention")
    @Transactional
    InterventionView ofCase(@PathVariable long caseId) {
        return interventions.ofCase(caseId, organisation.currentUser())
                .orElseThrow(() -> new NotFoundException("Sag " + caseId + " har ingen intensiv indsats"));
    }

    record EarlyEnd(String reason, String note) {
    }

    /** Any member of the family's team: the family withdrew, or an acute situation. */
    @PostMapping("/api/interventions/{id}/early-end")
    ResponseEntity<InterventionView> endEarly(@PathVariable long id, @RequestBody EarlyEnd body) {
        EarlyEndReason reason;
        try {
            reason = body.reason() == null ? null : EarlyEndReason.valueOf(body.reason());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("reason", "skal være FAMILY_WITHDREW eller ACUTE_SITUATION");
        }
        processes.endEarly(id, reason, body.note(), organisation.currentUser());
        return ResponseEntity.ok(interventions.view(id, organisation.currentUser()));
    }
}
