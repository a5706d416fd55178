package dk.trappen.meetings.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dk.trappen.casefile.AccessChannel;
import dk.trappen.meetings.ConsentState;
import dk.trappen.meetings.MeetingView;
import dk.trappen.meetings.Meetings;
import dk.trappen.organisation.Organisation;
import dk.trappen.platform.HtmlPage;
import dk.trappen.platform.TimeSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The meeting as the caseworker reads it next to its tasks: who, consent, statuses, minutes. Audit-logged. */
@RestController
class MeetingPage {

    private static final java.util.Map<String, String> NOTE_KINDS = java.util.Map.of(
            "RESCHEDULED", "Mødet er flyttet", "FAMILY_PLAN_REVISION", "Familien arbejder videre med planen",
            "MISSED_DATE", "Mødedato overskredet – teamlederens handling", "STATUS_NOTE", "Notat til status",
            "ACTION_POINT_DONE", "Aftalt handling udført");

    private final Meetings meetings;
    private final Organisation organisation;
    private final ZoneId zone;

    MeetingPage(Meetings meetings, Organisation organisation, TimeSource time) {
        this.meetings = meetings;
        this.organisation = organisation;
        this.zone = time.zone();
    }

    @GetMapping(value = "/app/meetings/{meetingId}", produces = HtmlPage.MEDIA_TYPE)
    ResponseEntity<String> page(@PathVariable long meetingId) {
        return HtmlPage.respond(() -> render(meetings.readAsStaff(meetingId, organisation.currentUser(), AccessChannel.TASK)));
    }

    private String render(MeetingView m) {
        HtmlPage page = new HtmlPage(m.kind().danishName() + " " + m.number(), zone);
        ConsentState consent = m.consent();
        page.startFacts()
                .fact("Status", switch (m.status()) {
                    case REQUESTED -> "Ønsket, ikke planlagt";
                    case SCHEDULED -> "Planlagt";
                    case HELD -> "Holdt " + page.when(m.heldAt());
                    case CANCELLED -> "Aflyst: " + m.cancelReason();
                })
                .fact("Skal holdes senest", HtmlPage.day(m.dueDate()))
                .fact("Tidspunkt", m.scheduledAt() == null ? "ikke fastsat" : page.when(m.scheduledAt()))
                .fact("Sted", m.placeKind() == null ? "" : switch (m.placeKind()) {
                    case HOME -> "Familiens hjem";
                    case SCHOOL -> "Skolen";
                    case DAYCARE -> "Dagtilbuddet";
                    case OTHER -> "Andet sted";
                } + (m.place() == null ? "" : " – " + m.place()))
                .fact("Udveksling af oplysninger", switch (consent.basis()) {
                    case CONSENT -> "Ja, med forældrenes samtykke: »" + consent.consent().scope() + "« – givet af "
                            + consent.consent().givenBy() + ", gyldigt til " + HtmlPage.day(consent.consent().validUntil());
                    case LEGAL_BASIS -> "Ja, på lovgrundlag: " + consent.legalBasis();
                    case NONE -> "Nej – mødet holdes uden udveksling af oplysninger"
                            + (consent.consent() != null && consent.consent().withdrawnAt() != null
                            ? " (samtykket blev trukket tilbage " + page.when(consent.consent().withdrawnAt()) + ")" : "");
                });
        if (m.coordinator() != null) {
            page.fact("Neutral koordinator", m.coordinator());
        }
        page.endFacts();
        if (m.questions() != null) {
            page.heading("Familiens spørgsmål").text(m.questions());
        }
        page.heading("Deltagere");
        List<String[]> rows = new ArrayList<>();
        m.participants().forEach(p -> rows.add(new String[] {p.name(), switch (p.kind()) {
            case CHILD -> p.party() ? "Barnet (part)" : "Barnet";
            case PARENT -> "Forælder";
            case PROFESSIONAL -> p.role().danishName() + ", " + p.organisation();
            case PRIVATE_NETWORK -> "Privat netværk";
            case SUPPORT_PERSON -> "Barnets bisidder";
        }, p.contact()}));
        page.table(new String[] {"Navn", "Rolle", "Kontakt"}, rows);

        page.heading("Status fra samarbejdspartnere");
        m.statuses().forEach(s -> page.note(name(m, s.participantId()), s.submittedBy() + " · " + page.when(s.submittedAt()), s.text()));
        if (!m.missingStatuses().isEmpty()) {
            page.paragraph("Mangler: " + String.join(", ", m.missingStatuses().stream().map(MeetingView.Participant::name).toList()));
        }
        if (m.minutes() != null) {
            page.heading("Referat").text(m.minutes());
            if (m.decisions() != null) {
                page.heading("Beslutninger").text(m.decisions());
            }
            page.heading("Fælles plan").startFacts().fact("Mål for barnet", m.planForChild())
                    .fact("Mål for forældrene", m.planForParents()).fact("Hvem gør hvad", m.whoDoesWhat()).endFacts();
        }
        if (!m.actionPoints().isEmpty()) {
            page.heading("Aftalte handlinger");
            List<String[]> points = new ArrayList<>();
            m.actionPoints().forEach(a -> points.add(new String[] {a.description(), a.owner(), HtmlPage.day(a.dueDate()),
                    a.doneAt() == null ? "åben" : "udført " + page.when(a.doneAt())}));
            page.table(new String[] {"Handling", "Ansvarlig", "Frist", "Status"}, points);
        }
        if (!m.notes().isEmpty()) {
            page.heading("Notater");
            m.notes().forEach(n -> page.note(NOTE_KINDS.getOrDefault(n.kind(), n.kind()),
                    n.writtenBy() + " · " + page.when(n.writtenAt()), n.text()));
        }
        return page.render();
    }

    private static String name(MeetingView m, long participantId) {
        return m.participants().stream().filter(p -> p.id() == participantId).map(MeetingView.Participant::name).findFirst()
                .orElse("?");
    }
}
