package dk.trappen.meetings.process;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.trappen.casefile.AccessChannel;
import dk.trappen.meetings.ConsentInput;
import dk.trappen.meetings.MeetingProcesses;
import dk.trappen.meetings.MeetingStatus;
import dk.trappen.meetings.MeetingView;
import dk.trappen.meetings.Meetings;
import dk.trappen.meetings.MinutesInput;
import dk.trappen.meetings.MinutesInput.ActionPointInput;
import dk.trappen.meetings.NetworkMeetingProcess;
import dk.trappen.meetings.ParticipantInput;
import dk.trappen.meetings.ParticipantKind;
import dk.trappen.meetings.PlaceKind;
import dk.trappen.meetings.ProfessionalRole;
import dk.trappen.meetings.Schedule;
import dk.trappen.organisation.CurrentUser;
import dk.trappen.organisation.Organisation;
import dk.trappen.platform.FormTasks;
import dk.trappen.platform.FormValues;
import dk.trappen.platform.InvalidInputException;
import dk.trappen.platform.Problems;
import dk.trappen.platform.TimeSource;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The listeners of the network meeting's user tasks (and the action point's), one bean per task,
 * named after it: the form goes to {@link Meetings}, which validates again; the process gets ids,
 * dates and whether data may be exchanged; the personal data leaves the process.
 */
@Configuration
class NetworkMeetingTaskListeners {

    static final int PROFESSIONAL_SLOTS = 3;
    static final int PRIVATE_SLOTS = 2;
    static final int ACTION_POINT_SLOTS = 3;

    private final Meetings meetings;
    private final MeetingProcesses processes;
    private final Organisation organisation;
    private final ZoneId zone;

    NetworkMeetingTaskListeners(Meetings meetings, MeetingProcesses processes, Organisation organisation, TimeSource time) {
        this.meetings = meetings;
        this.processes = processes;
        this.organisation = organisation;
        this.zone = time.zone();
    }

    /** "Aftal spørgsmålene med familien" (family group conference). */
    @Bean
    TaskListener agreeQuestions() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            meetings.agreeQuestions(meetingId(task), form.text("pii_questions"), form.text("pii_coordinator"), user());
        });
    }

    /** "Planlæg mødet og invitér": date, place, who is invited, and the basis for exchanging data. */
    @Bean
    TaskListener prepareMeeting() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            CurrentUser user = user();
            long meetingId = meetingId(task);
            String basis = form.text("consentBasis");
            Problems problems = new Problems();
            if (problems.require("consentBasis", basis) && !List.of("CONSENT", "LEGAL_BASIS", "NONE").contains(basis)) {
                problems.add("consentBasis", "er ikke en gyldig værdi");
            }
            String legalBasis = form.text("pii_legalBasis");
            if ("LEGAL_BASIS".equals(basis)) {
                problems.require("legalBasis", legalBasis);
            }
            problems.throwIfAny();
            MeetingView scheduled = meetings.schedule(meetingId, new Schedule(form.dateTime(NetworkMeetingProcess.MEETING_AT, zone),
                    form.enumValue("placeKind", PlaceKind.class), form.text("pii_place")), participants(form),
                    "LEGAL_BASIS".equals(basis) ? legalBasis : null, "NONE".equals(basis), user);
            if ("CONSENT".equals(basis)) {
                meetings.recordConsent(meetingId, new ConsentInput(form.text("pii_consentScope"), form.date("pii_consentGivenOn"),
                        form.text("pii_consentGivenBy"), form.date("pii_consentValidUntil")), user);
                scheduled = meetings.get(meetingId);
            }
            task.setVariables(processes.scheduleVariables(scheduled));
            task.removeVariable("consentBasis");
            task.removeVariable("placeKind");
            task.removeVariable("childInvited");
            for (int n = 1; n <= PROFESSIONAL_SLOTS; n++) {
                task.removeVariable("pro" + n + "Role");
            }
        });
    }

    private static List<ParticipantInput> participants(FormValues form) {
        List<ParticipantInput> participants = new ArrayList<>();
        for (int n = 1; n <= 2; n++) {
            String name = form.text("pii_parent" + n + "Name");
            if (name != null) {
                participants.add(new ParticipantInput(ParticipantKind.PARENT, name, null, null,
                        form.text("pii_parent" + n + "Contact"), null));
            }
        }
        if (Boolean.TRUE.equals(form.bool("childInvited")) && form.text("pii_childName") != null) {
            participants.add(new ParticipantInput(ParticipantKind.CHILD, form.text("pii_childName"), null, null, null, null));
        }
        for (int n = 1; n <= PROFESSIONAL_SLOTS; n++) {
            String name = form.text("pii_pro" + n + "Name");
            if (name != null) {
                participants.add(new ParticipantInput(ParticipantKind.PROFESSIONAL, name, form.text("pii_pro" + n + "Organisation"),
                        form.enumValue("pro" + n + "Role", ProfessionalRole.class), form.text("pii_pro" + n + "Contact"),
                        form.text("pii_pro" + n + "PartnerUser")));
            }
        }
        for (int n = 1; n <= PRIVATE_SLOTS; n++) {
            String name = form.text("pii_private" + n + "Name");
            if (name != null) {
                participants.add(new ParticipantInput(ParticipantKind.PRIVATE_NETWORK, name, null, null,
                        form.text("pii_private" + n + "Contact"), null));
            }
        }
        return participants;
    }

    /**
     * Create listener of "Indhent status": the invited professionals as the select's options, by
     * role and number only (the variable reaches the engine's history; names and workplaces stay
     * on the meeting page the form links to).
     */
    @Bean
    TaskListener professionalChoices() {
        return task -> {
            List<MeetingView.Participant> professionals = meetings.get(meetingId(task)).participants().stream()
                    .filter(p -> p.kind() == ParticipantKind.PROFESSIONAL).toList();
            List<Map<String, String>> options = new ArrayList<>();
            for (int i = 0; i < professionals.size(); i++) {
                MeetingView.Participant p = professionals.get(i);
                options.add(Map.of("label", "Fagperson " + (i + 1) + " · " + p.role().danishName(), "value", String.valueOf(p.id())));
            }
            task.setVariableLocal(NetworkMeetingProcess.PROFESSIONAL_OPTIONS,
                    SpinValues.jsonValue(Spin.JSON(options).toString()).create());
        };
    }

    /** "Indhent status fra samarbejdspartnere": statuses the caseworker records; partners may also send theirs. */
    @Bean
    TaskListener collectStatuses() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            long meetingId = meetingId(task);
            for (int n = 1; n <= PROFESSIONAL_SLOTS; n++) {
                String participant = form.text("statusParticipant" + n);
                if (participant == null) {
                    continue;
                }
                if (!meetings.consentState(meetingId).exchangeAllowed()) {
                    throw InvalidInputException.of("statusParticipant" + n, "der må ikke udveksles oplysninger om barnet "
                            + "(intet samtykke eller lovgrundlag): statussen kan ikke modtages");
                }
                String text = form.text("pii_statusText" + n);
                if (text == null) {
                    throw InvalidInputException.of("statusText" + n, "skal udfyldes");
                }
                meetings.submitStatus(meetingId, Long.valueOf(participant), text, user(), AccessChannel.TASK);
                task.removeVariable("statusParticipant" + n);
            }
            if (form.text("pii_note") != null) {
                meetings.note(meetingId, "STATUS_NOTE", form.text("pii_note"), user());
            }
        });
    }

    /** "Afhold netværksmøde": minutes, decisions, the joint plan and the action points. */
    @Bean
    TaskListener holdMeeting() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            List<ActionPointInput> points = new ArrayList<>();
            for (int n = 1; n <= ACTION_POINT_SLOTS; n++) {
                String key = "pii_actionPoint" + n;
                points.add(new ActionPointInput("actionPoint" + n, form.text(key), form.text(key + "Owner"),
                        form.date(key + "DueDate")));
            }
            meetings.hold(meetingId(task), minutes(form, points), user());
            task.setVariable(NetworkMeetingProcess.MEETING_OUTCOME, MeetingStatus.HELD.name());
        });
    }

    /** "Afhold familierådslagning": the information round, the family's own time and its plan. */
    @Bean
    TaskListener holdConference() {
        return formHandler(task -> {
            meetings.recordFamilyPlan(meetingId(task), minutes(new FormValues(task), List.of()), user());
            task.removeVariable("familyPrivateTimeHeld");
        });
    }

    /** "Godkend familiens plan": approved (the conference is held) or the family works on it again. */
    @Bean
    TaskListener approveFamilyPlan() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            String decision = form.text(NetworkMeetingProcess.FAMILY_PLAN_DECISION);
            if (!"APPROVED".equals(decision) && !"REVISE".equals(decision)) {
                throw InvalidInputException.of(NetworkMeetingProcess.FAMILY_PLAN_DECISION, "vælg godkend eller arbejd videre");
            }
            meetings.decideFamilyPlan(meetingId(task), "APPROVED".equals(decision), form.text("pii_familyPlanReason"), user());
            if ("APPROVED".equals(decision)) {
                task.setVariable(NetworkMeetingProcess.MEETING_OUTCOME, MeetingStatus.HELD.name());
            }
        });
    }

    /** "Mødedato overskredet": the team leader's handling. */
    @Bean
    TaskListener handleMissedMeeting() {
        return formHandler(task -> meetings.note(meetingId(task), "MISSED_DATE", new FormValues(task).text("pii_note"), user()));
    }

    /** "Udfør aftalt handling" (process actionPoint). */
    @Bean
    TaskListener carryOutActionPoint() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            meetings.actionPointDone(form.id(NetworkMeetingProcess.ACTION_POINT_ID));
            if (form.text("pii_note") != null) {
                meetings.note(meetingId(task), "ACTION_POINT_DONE", form.text("pii_note"), user());
            }
        });
    }

    private static MinutesInput minutes(FormValues form, List<ActionPointInput> points) {
        return new MinutesInput(form.text("pii_minutes"), form.text("pii_decisions"), form.text("pii_planForChild"),
                form.text("pii_planForParents"), form.text("pii_whoDoesWhat"), points);
    }

    private CurrentUser user() {
        return organisation.currentUser();
    }

    private static long meetingId(DelegateTask task) {
        return new FormValues(task).id(NetworkMeetingProcess.MEETING_ID);
    }

    private static TaskListener formHandler(TaskListener handler) {
        return FormTasks.handler(FORM_LABELS, handler);
    }

    /** The labels of the form fields the server checks, as the forms in forms/ show them. */
    static final Map<String, String> FORM_LABELS = Map.ofEntries(
            Map.entry("questions", "Spørgsmål til familien"), Map.entry("coordinator", "Neutral koordinator"),
            Map.entry("meetingAt", "Dato"), Map.entry("placeKind", "Sted"), Map.entry("place", "Adresse eller lokale"),
            Map.entry("participants", "Forælder 1"), Map.entry("consentBasis", "Må fagpersonerne udveksle oplysninger om barnet?"),
            Map.entry("legalBasis", "Lovgrundlag"), Map.entry("consentScope", "Hvad omfatter samtykket?"),
            Map.entry("consentGivenBy", "Givet af"), Map.entry("consentGivenOn", "Givet den"),
            Map.entry("consentValidUntil", "Gyldigt til"),
            Map.entry("statusParticipant1", "Fagperson"), Map.entry("statusParticipant2", "Fagperson"),
            Map.entry("statusParticipant3", "Fagperson"), Map.entry("statusText1", "Status"),
            Map.entry("statusText2", "Status"), Map.entry("statusText3", "Status"), Map.entry("text", "Status"),
            Map.entry("minutes", "Referat"), Map.entry("planForChild", "Mål for barnet"),
            Map.entry("planForParents", "Mål for forældrene"), Map.entry("whoDoesWhat", "Hvem gør hvad"),
            Map.entry("actionPoint1", "Handling 1"), Map.entry("actionPoint1Owner", "Ansvarlig (handling 1)"),
            Map.entry("actionPoint1DueDate", "Frist (handling 1)"), Map.entry("actionPoint2", "Handling 2"),
            Map.entry("actionPoint2Owner", "Ansvarlig (handling 2)"), Map.entry("actionPoint2DueDate", "Frist (handling 2)"),
            Map.entry("actionPoint3", "Handling 3"), Map.entry("actionPoint3Owner", "Ansvarlig (handling 3)"),
            Map.entry("actionPoint3DueDate", "Frist (handling 3)"),
            Map.entry("familyPlanDecision", "Beslutning"), Map.entry("familyPlanReason", "Begrundelse"),
            Map.entry("note", "Notat"));
}
