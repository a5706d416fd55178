package dk.trappen.meetings.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import dk.trappen.casefile.AccessChannel;
import dk.trappen.meetings.ConsentInput;
import dk.trappen.meetings.ConsentState;
import dk.trappen.meetings.MeetingProcesses;
import dk.trappen.meetings.MeetingReading;
import dk.trappen.meetings.MeetingView;
import dk.trappen.meetings.Meetings;
import dk.trappen.meetings.PlaceKind;
import dk.trappen.meetings.Schedule;
import dk.trappen.organisation.Organisation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Network meetings over HTTP: the meeting for its team and its invited partners, the partners'
 * statuses, and the parents' consent (recorded and withdrawn by staff).
 */
@RestController
@RequestMapping("/api/meetings/{meetingId}")
class MeetingController {

    private final Meetings meetings;
    private final MeetingProcesses processes;
    private final Organisation organisation;

    MeetingController(Meetings meetings, MeetingProcesses processes, Organisation organisation) {
        this.meetings = meetings;
        this.processes = processes;
        this.organisation = organisation;
    }

    record Rescheduling(OffsetDateTime at, PlaceKind placeKind, String place, String reason) {
    }

    /** Moves the meeting (new invitations); its process collects statuses again for the new date. */
    @PostMapping("/reschedule")
    MeetingView reschedule(@PathVariable long meetingId, @RequestBody Rescheduling move) {
        return processes.reschedule(meetingId, new Schedule(move.at(), move.placeKind(), move.place()), move.reason(),
                organisation.currentUser());
    }

    record Cancellation(String reason) {
    }

    /** Cancels the meeting before it is held; its process ends with the outcome CANCELLED. */
    @PostMapping("/cancel")
    MeetingView cancel(@PathVariable long meetingId, @RequestBody Cancellation cancellation) {
        return processes.cancel(meetingId, cancellation.reason(), organisation.currentUser());
    }

    /**
     * Staff: participants, consent state, statuses (and which are missing), minutes and action points.
     * An invited partner's system: its own part while exchange is allowed. Audit-logged.
     */
    @GetMapping
    MeetingReading get(@PathVariable long meetingId) {
        return meetings.read(meetingId, organisation.currentUser(), AccessChannel.API);
    }

    record StatusSubmission(Long participantId, String text) {
    }

    /** A professional's written status before the meeting; a partner's system only for its own participant. */
    @PostMapping("/statuses")
    ResponseEntity<MeetingView.Status> submitStatus(@PathVariable long meetingId, @RequestBody StatusSubmission status) {
        MeetingView.Status saved = meetings.submitStatus(meetingId, status.participantId(), status.text(),
                organisation.currentUser(), AccessChannel.API);
        return ResponseEntity.created(URI.create("/api/meetings/" + meetingId)).body(saved);
    }

    record ConsentSubmission(String scope, LocalDate givenOn, String givenBy, LocalDate validUntil) {
    }

    @PostMapping("/consent")
    ResponseEntity<ConsentState.Consent> recordConsent(@PathVariable long meetingId, @RequestBody ConsentSubmission consent) {
        return ResponseEntity.status(201).body(processes.recordConsent(meetingId,
                new ConsentInput(consent.scope(), consent.givenOn(), consent.givenBy(), consent.validUntil()),
                organisation.currentUser()));
    }

    record Withdrawal(String reason) {
    }

    /** The parents withdraw their consent: no further exchange from this moment. */
    @PostMapping("/consent/withdrawal")
    ConsentState withdrawConsent(@PathVariable long meetingId, @RequestBody Withdrawal withdrawal) {
        return processes.withdrawConsent(meetingId, withdrawal.reason(), organisation.currentUser());
    }
}
