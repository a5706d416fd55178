package dk.trappen.prevention.process;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.trappen.intake.ConcernLevel;
import dk.trappen.platform.FormTasks;
import dk.trappen.platform.FormValues;
import dk.trappen.prevention.ContactInput;
import dk.trappen.prevention.ContactPlace;
import dk.trappen.prevention.CounsellingInput;
import dk.trappen.prevention.CounsellingOutcome;
import dk.trappen.prevention.CourseKind;
import dk.trappen.prevention.CourseVariables;
import dk.trappen.prevention.DistributionEntry;
import dk.trappen.prevention.GoalsOutcome;
import dk.trappen.prevention.GroupOffer;
import dk.trappen.prevention.GroupOffers;
import dk.trappen.prevention.NextStep;
import dk.trappen.prevention.PreventionCourses;
import dk.trappen.prevention.PreventionProcess;
import dk.trappen.prevention.PreventionRequests;
import dk.trappen.prevention.Rater;
import dk.trappen.prevention.Slot;
import dk.trappen.prevention.Topic;
import dk.trappen.prevention.TriageChoice;
import dk.trappen.prevention.TriageEntry;
import dk.trappen.prevention.WorkerLoad;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The listeners of the unit's user tasks, one bean per task, named after it. Each hands the form's
 * values to a prevention service (which validates again), writes back the counts and routing
 * facts, and removes the personal data from the process. A contact's fields (date, place, who,
 * minutes, note, FIT scores) are all {@code pii_}: they live in the course, not in the engine.
 */
@Configuration
class PreventionTaskListeners {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d. MMM", Locale.forLanguageTag("da"));

    private final PreventionRequests requests;
    private final PreventionCourses courses;
    private final GroupOffers groups;

    PreventionTaskListeners(PreventionRequests requests, PreventionCourses courses, GroupOffers groups) {
        this.requests = requests;
        this.courses = courses;
        this.groups = groups;
    }

    /** "Giv anonym rådgivning": date, topic, minutes, outcome; nothing about who. */
    @Bean
    TaskListener giveAnonymousCounselling() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            requests.recordCounselling(form.id(PreventionProcess.COUNSELLING_ID), new CounsellingInput(
                    form.date("counselledOn"), form.enumValue(PreventionProcess.TOPIC, Topic.class),
                    form.integer("durationMinutes"), form.enumValue("outcome", CounsellingOutcome.class)));
        });
    }

    /** Create listener of "Ugentlig visitation": the slots' labels and the competences to choose from. */
    @Bean
    TaskListener triageChoices() {
        return task -> {
            setSlots(task, requests.triageSlots(roundId(task)));
            setOptions(task, PreventionProcess.COMPETENCE_OPTIONS, requests.competences().stream()
                    .map(c -> option(c, c)).toList());
        };
    }

    /** "Ugentlig visitation": per request accept (with the competence needed) or pass on (level, reason). */
    @Bean
    TaskListener triageRequests() {
        return FormTasks.handler(slotLabels("Beslutning", "decision", "Kompetence", "competence",
                "Bekymringsniveau", "concernLevel", "Begrundelse", "pii_passReason"), task -> {
                    FormValues form = new FormValues(task);
                    List<TriageEntry> entries = new ArrayList<>();
                    for (int slot = 1; slot <= PreventionProcess.SLOTS; slot++) {
                        entries.add(new TriageEntry(slot, form.enumValue("decision" + slot, TriageChoice.class),
                                form.text("competence" + slot), form.enumValue("concernLevel" + slot, ConcernLevel.class),
                                form.text("pii_passReason" + slot)));
                    }
                    requests.recordTriage(roundId(task), entries);
                    removeSlots(task, "decision", "competence", "concernLevel");
                });
    }

    /** Create listener of "Ugentlig fordeling": the slots' labels, the workers (competences, load) and group offers. */
    @Bean
    TaskListener distributionChoices() {
        return task -> {
            setSlots(task, requests.distributionSlots(roundId(task)));
            setOptions(task, PreventionProcess.WORKER_OPTIONS, requests.workers().stream()
                    .map(w -> option(workerLabel(w), w.user())).toList());
            setOptions(task, PreventionProcess.GROUP_OPTIONS, groups.current().stream()
                    .map(g -> option(groupLabel(g), String.valueOf(g.id()))).toList());
        };
    }

    /** "Ugentlig fordeling": per family the kind of course, the worker and/or the group course. */
    @Bean
    TaskListener distributeFamilies() {
        return FormTasks.handler(slotLabels("Forløb", "courseKind", "Medarbejder", "worker", "Gruppeforløb",
                "groupOffer"), task -> {
                    FormValues form = new FormValues(task);
                    List<DistributionEntry> entries = new ArrayList<>();
                    for (int slot = 1; slot <= PreventionProcess.SLOTS; slot++) {
                        Integer offer = form.integer("groupOffer" + slot);
                        entries.add(new DistributionEntry(slot, form.enumValue("courseKind" + slot, CourseKind.class),
                                form.text("worker" + slot), offer == null ? null : offer.longValue()));
                    }
                    requests.recordDistribution(roundId(task), entries);
                    removeSlots(task, "courseKind", "worker", "groupOffer");
                });
    }

    /** "Kontakt familien": the day the family was reached. */
    @Bean
    TaskListener contactFamily() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            courses.recordFirstContact(courseId(task), form.date("contactedOn"), form.text("pii_note"));
            task.removeVariable("contactedOn");
        });
    }

    /** "Hold opstartsmøde": the goals, and the meeting as the course's first contact with FIT. */
    @Bean
    TaskListener holdStartMeeting() {
        return formHandler(task -> {
            CourseVariables counts = courses.holdStartMeeting(courseId(task), contact(new FormValues(task)),
                    new FormValues(task).text("pii_goals"));
            setCounts(task, counts);
        });
    }

    /** "Følg forløbet": a contact, a network meeting, an extension or the end. */
    @Bean
    TaskListener followCourse() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            NextStep step = form.enumValue(PreventionProcess.NEXT_STEP, NextStep.class);
            ContactInput contact = step == NextStep.CONTACT ? contact(form) : null;
            CourseVariables counts = courses.followCourse(courseId(task), step, contact, form.text("pii_extensionReason"));
            setCounts(task, counts);
            if (step == NextStep.NETWORK_MEETING) {
                task.setVariable(PreventionProcess.MEETING_KIND, courses.meetingKind(courseId(task)).name());
            }
        });
    }

    /** "Godkend forlængelse": the leader's decision on more contacts. */
    @Bean
    TaskListener approveExtension() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            CourseVariables counts = courses.decideExtension(courseId(task), form.bool(PreventionProcess.EXTENSION_APPROVED),
                    form.integer("extraContacts"), form.text("pii_decisionNote"));
            task.removeVariable(PreventionProcess.EXTENSION_APPROVED);
            task.removeVariable("extraContacts");
            setCounts(task, counts);
        });
    }

    /** "Afslut forløb": goals reached, partly or not; a recommendation; worries that remain go to the authority. */
    @Bean
    TaskListener closeCourse() {
        return formHandler(task -> {
            FormValues form = new FormValues(task);
            Boolean worries = form.bool(PreventionProcess.WORRIES_REMAIN);
            courses.close(courseId(task), form.enumValue("goalsOutcome", GoalsOutcome.class), form.text("pii_recommendation"),
                    worries, form.enumValue("concernLevel", ConcernLevel.class));
            task.setVariable(PreventionProcess.WORRIES_REMAIN, worries);
        });
    }

    static void setCounts(VariableScope scope, CourseVariables counts) {
        scope.setVariable(PreventionProcess.CONTACTS_USED, counts.contactsUsed());
        scope.setVariable(PreventionProcess.CONTACT_LIMIT, counts.contactLimit());
        scope.setVariable(PreventionProcess.NETWORK_MEETINGS_USED, counts.networkMeetingsUsed());
    }

    private static ContactInput contact(FormValues form) {
        return new ContactInput(form.date("pii_contactDate"), form.enumValue("pii_place", ContactPlace.class),
                form.text("pii_participants"), form.integer("pii_durationMinutes"), form.text("pii_note"),
                form.enumValue("pii_rater", Rater.class), form.integer("pii_ors"), form.integer("pii_srs"));
    }

    private static void removeSlots(DelegateTask task, String... fields) {
        for (int slot = 1; slot <= PreventionProcess.SLOTS; slot++) {
            for (String field : fields) {
                task.removeVariable(field + slot);
            }
        }
    }

    /** Each slot's label and request id (for the link to the request's page), task-local. */
    private static void setSlots(DelegateTask task, List<Slot> slots) {
        for (int i = 0; i < slots.size(); i++) {
            task.setVariableLocal(PreventionProcess.SLOT_LABEL + (i + 1), slots.get(i).label());
            task.setVariableLocal(PreventionProcess.SLOT_REQUEST + (i + 1), slots.get(i).requestId());
        }
    }

    private static void setOptions(DelegateTask task, String name, List<Map<String, String>> options) {
        task.setVariableLocal(name, SpinValues.jsonValue(Spin.JSON(options).toString()).create());
    }

    private static Map<String, String> option(String label, String value) {
        return Map.of("label", label, "value", value);
    }

    private static String workerLabel(WorkerLoad worker) {
        return worker.name() + " · " + String.join(", ", worker.competences()) + " · " + worker.families() + " familier"
                + (worker.atMax() ? " (fuld)" : worker.belowMin() ? " (har plads)" : "");
    }

    private static String groupLabel(GroupOffer offer) {
        return offer.name() + " · " + offer.minAge() + "–" + offer.maxAge() + " år · " + DAY.format(offer.startsOn())
                + "–" + DAY.format(offer.endsOn()) + " · " + offer.freeSeats() + " af " + offer.seats() + " pladser ledige";
    }

    /** Field labels of every slot: "Beslutning (henvendelse 3)". */
    private static Map<String, String> slotLabels(String... labelAndField) {
        Map<String, String> labels = new HashMap<>(FORM_LABELS);
        for (int slot = 1; slot <= PreventionProcess.SLOTS; slot++) {
            for (int i = 0; i < labelAndField.length; i += 2) {
                labels.put(labelAndField[i + 1] + slot, labelAndField[i] + " (nr. " + slot + ")");
                labels.put(labelAndField[i + 1].replace("pii_", "") + slot, labelAndField[i] + " (nr. " + slot + ")");
            }
        }
        return labels;
    }

    private static TaskListener formHandler(TaskListener handler) {
        return FormTasks.handler(FORM_LABELS, handler);
    }

    /** The labels of the form fields the server checks, as the forms in forms/ show them. */
    static final Map<String, String> FORM_LABELS = Map.ofEntries(
            Map.entry("counselledOn", "Dato"),
            Map.entry(PreventionProcess.TOPIC, "Emne"),
            Map.entry("durationMinutes", "Varighed (minutter)"),
            Map.entry("outcome", "Udfald"),
            Map.entry("contactedOn", "Familien kontaktet den"),
            Map.entry("note", "Notat"),
            Map.entry("contactDate", "Dato for kontakten"),
            Map.entry("place", "Sted"),
            Map.entry("participants", "Hvem deltog"),
            Map.entry("rater", "Hvem udfyldte FIT"),
            Map.entry("ors", "ORS (ved start)"),
            Map.entry("srs", "SRS (ved slut)"),
            Map.entry("goals", "Forløbets mål"),
            Map.entry(PreventionProcess.NEXT_STEP, "Næste skridt"),
            Map.entry("extensionReason", "Begrundelse for forlængelse"),
            Map.entry(PreventionProcess.EXTENSION_APPROVED, "Forlængelse"),
            Map.entry("extraContacts", "Antal ekstra kontakter"),
            Map.entry("decisionNote", "Begrundelse"),
            Map.entry("goalsOutcome", "Er målene nået"),
            Map.entry("recommendation", "Anbefaling"),
            Map.entry(PreventionProcess.WORRIES_REMAIN, "Fortsat bekymring"),
            Map.entry("concernLevel", "Bekymringsniveau"));

    private static long courseId(DelegateTask task) {
        return new FormValues(task).id(PreventionProcess.COURSE_ID);
    }

    private static long roundId(DelegateTask task) {
        return new FormValues(task).id(PreventionProcess.ROUND_ID);
    }
}
