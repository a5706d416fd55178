package dk.trappen.prevention;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.trappen.casefile.ChildIdentity;
import dk.trappen.casefile.ChildRef;
import dk.trappen.casefile.ChildRegistry;
import dk.trappen.casefile.Cpr;
import dk.trappen.deadlines.Deadlines;
import dk.trappen.deadlines.Calendars;
import dk.trappen.deadlines.WorkingDayCalendar;
import dk.trappen.intake.ConcernService;
import dk.trappen.organisation.CurrentUser;
import dk.trappen.organisation.Groups;
import dk.trappen.organisation.Organisation;
import dk.trappen.platform.EngineAsSystem;
import dk.trappen.platform.ForbiddenException;
import dk.trappen.platform.HtmlPage;
import dk.trappen.platform.NotFoundException;
import dk.trappen.platform.Problems;
import dk.trappen.platform.TimeSource;
import dk.trappen.prevention.internal.AnonymousCounselling;
import dk.trappen.prevention.internal.AnonymousCounsellingRepository;
import dk.trappen.prevention.internal.PreventionCourse;
import dk.trappen.prevention.internal.PreventionCourseRepository;
import dk.trappen.prevention.internal.PreventionRequest;
import dk.trappen.prevention.internal.PreventionRequestRepository;
import dk.trappen.prevention.internal.PreventionRound;
import dk.trappen.prevention.internal.PreventionRoundRepository;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit's ways in and its weekly rhythm: requests (a family's own, possibly anonymous; a
 * professional's together with the family; intake's referrals), open anonymous counselling, the
 * weekly triage of every new request and the weekly distribution of accepted families to workers
 * and group courses. The processes call this service; names and free text are stored here.
 */
@Service
@Transactional
public class PreventionRequests {

    static final int MAX_TEXT = 10_000;
    static final int MAX_SHORT = 200;
    static final int MAX_CHILD_AGE = 17;
    /** Active courses count towards a worker's load. */
    static final List<CourseStatus> ACTIVE = List.of(CourseStatus.STARTING, CourseStatus.RUNNING);

    private final PreventionRequestRepository requests;
    private final PreventionCourseRepository courses;
    private final PreventionRoundRepository rounds;
    private final AnonymousCounsellingRepository counselling;
    private final GroupOffers groups;
    private final ConcernService concerns;
    private final ChildRegistry children;
    private final Organisation organisation;
    private final PreventionProperties properties;
    private final WorkingDayCalendar calendar;
    private final Deadlines deadlines;
    private final RuntimeService runtime;
    private final EngineAsSystem system;
    private final TimeSource time;

    PreventionRequests(PreventionRequestRepository requests, PreventionCourseRepository courses,
                       PreventionRoundRepository rounds, AnonymousCounsellingRepository counselling, GroupOffers groups,
                       ConcernService concerns, ChildRegistry children, Organisation organisation, PreventionProperties properties,
                       Calendars calendars, Deadlines deadlines, RuntimeService runtime, EngineAsSystem system,
                       TimeSource time) {
        this.requests = requests;
        this.courses = courses;
        this.rounds = rounds;
        this.counselling = counselling;
        this.groups = groups;
        this.concerns = concerns;
        this.children = children;
        this.organisation = organisation;
        this.properties = properties;
        this.calendar = calendars.municipal(); // a service deadline of the municipality's own: its closing days count
        this.deadlines = deadlines;
        this.runtime = runtime;
        this.system = system;
        this.time = time;
    }

    // ---- Ways in ------------------------------------------------------------------------------

    /**
     * A request over the API: stored and its process started in one transaction. The engine work
     * runs as the system, since this service has decided who may ask.
     */
    public RegisteredRequest register(RequestInput input) {
        CurrentUser user = organisation.currentUser();
        requireMayRegister(user);
        Map<String, Object> variables = store(input, user);
        String number = (String) variables.get(PreventionProcess.REQUEST_NUMBER);
        ProcessInstance instance = system.call(() -> runtime.createProcessInstanceByKey(PreventionProcess.KEY)
                .businessKey(number).setVariables(variables).execute());
        return registered(variables, instance.getId());
    }

    /** A request entered in Tasklist's start form; the process is already starting. */
    public Map<String, Object> registerFromStartForm(RequestInput input, String processInstanceId) {
        CurrentUser user = organisation.currentUser();
        requireMayRegister(user);
        Map<String, Object> variables = store(input, user);
        startedAs(variables, processInstanceId);
        return variables;
    }

    /** Intake's triage sent a concern here (route EARLY_PREVENTION): the child is known, nothing is asked again. */
    public Map<String, Object> referredFromIntake(long concernId, String concernNumber, long childId,
                                                  String processInstanceId) {
        PreventionRequest request = requests.save(new PreventionRequest(WayIn.INTAKE, concernId, childId, null, null,
                null, null, Topic.OTHER, "Henvist fra underretning " + concernNumber
                + " efter myndighedens visitation. Underretningen og barnets oplysninger ses på underretningen.",
                time.now(), concerns.routedBy(concernId)));
        Map<String, Object> variables = startVariables(request);
        startedAs(variables, processInstanceId);
        return variables;
    }

    /** "Giv anonym rådgivning": the statistics' four facts, nothing about who. */
    public void recordCounselling(long counsellingId, CounsellingInput input) {
        requireStaff(organisation.currentUser());
        Problems problems = new Problems();
        if (problems.require("counselledOn", input.date()) && input.date().isAfter(time.today())) {
            problems.add("counselledOn", "må ikke ligge i fremtiden");
        }
        problems.require("topic", input.topic());
        if (problems.require("durationMinutes", input.durationMinutes())
                && (input.durationMinutes() < 1 || input.durationMinutes() > 480)) {
            problems.add("durationMinutes", "skal være mellem 1 og 480 minutter");
        }
        problems.require("outcome", input.outcome());
        problems.throwIfAny();
        counselling.findById(counsellingId).orElseThrow(() -> new NotFoundException("Rådgivning findes ikke"))
                .given(input.date(), input.topic(), input.durationMinutes(), input.outcome(), time.now());
    }

    // ---- Weekly triage ------------------------------------------------------------------------

    /**
     * "Saml nye henvendelser": every request not yet triaged (oldest first, at most one form's
     * worth) goes into a new triage round.
     *
     * @return the round's variables (id, count, due date), or a count of 0 when nothing waits
     */
    public Map<String, Object> openTriageRound() {
        List<PreventionRequest> waiting = requests.findByStatusOrderByReceivedAtAscIdAsc(RequestStatus.NEW);
        Map<String, Object> variables = new HashMap<>();
        variables.put(PreventionProcess.TRIAGE_COUNT, Math.min(waiting.size(), PreventionProcess.SLOTS));
        if (waiting.isEmpty()) {
            return variables;
        }
        PreventionRound round = rounds.save(new PreventionRound(PreventionRound.Kind.TRIAGE, time.now()));
        for (int i = 0; i < Math.min(waiting.size(), PreventionProcess.SLOTS); i++) {
            waiting.get(i).inTriage(round.id(), i + 1);
        }
        variables.put(PreventionProcess.ROUND_ID, round.id());
        variables.put(PreventionProcess.TRIAGE_DUE_AT, Date.from(triageBy(waiting.get(0))));
        return variables;
    }

    /** The triage form's slots: each request's id and label (number, age, way in, topic, due). No names. */
    @Transactional(readOnly = true)
    public List<Slot> triageSlots(long roundId) {
        return requests.findByTriageRoundIdOrderByTriageSlot(roundId).stream()
                .map(r -> new Slot(r.id(), r.number() + " · " + age(r) + " år · " + r.wayIn().danishName() + " · "
                        + r.topic().danishName() + " · visiteres senest " + HtmlPage.day(time.inZone(triageBy(r)).toLocalDate())))
                .toList();
    }

    /**
     * "Ugentlig visitation": one decision per request of the round. Accepted: the family is
     * motivated, the problem bounded, the child 0–17, with the competence the family needs. Passed
     * on: the level of the worry and the reason, for the authority. Everything or nothing is stored.
     */
    public void recordTriage(long roundId, List<TriageEntry> entries) {
        CurrentUser user = organisation.currentUser();
        requireLeader(user);
        Map<Integer, TriageEntry> bySlot = entries.stream()
                .collect(Collectors.toMap(TriageEntry::slot, Function.identity(), (a, b) -> a));
        List<PreventionRequest> inRound = requests.findByTriageRoundIdOrderByTriageSlot(roundId);
        Problems problems = new Problems();
        for (PreventionRequest request : inRound) {
            int slot = request.triageSlot();
            TriageEntry entry = bySlot.getOrDefault(slot, new TriageEntry(slot, null, null, null, null));
            if (!problems.require("decision" + slot, entry.choice())) {
                continue;
            }
            if (entry.choice() == TriageChoice.ACCEPT) {
                if (problems.require("competence" + slot, entry.competence())
                        && !properties.competences().contains(entry.competence())) {
                    problems.add("competence" + slot, "er ikke en af enhedens kompetencer");
                }
                if (age(request) > MAX_CHILD_AGE) {
                    problems.add("decision" + slot, "barnet er over 17 år og uden for målgruppen");
                }
            } else {
                problems.require("concernLevel" + slot, entry.concernLevel());
                problems.require("passReason" + slot, entry.reason());
                problems.maxLength("passReason" + slot, entry.reason(), MAX_TEXT);
            }
        }
        problems.throwIfAny();
        Instant now = time.now();
        for (PreventionRequest request : inRound) {
            TriageEntry entry = bySlot.get(request.triageSlot());
            if (entry.choice() == TriageChoice.ACCEPT) {
                request.accepted(entry.competence(), user.id(), now);
            } else {
                request.passedOn(entry.reason().trim(), entry.concernLevel(), user.id(), now);
            }
        }
        round(roundId).completed(user.id(), now);
    }

    /** "Meld visitationen": each request's process learns whether it was accepted. */
    public void announceTriage(long roundId) {
        for (PreventionRequest request : requests.findByTriageRoundIdOrderByTriageSlot(roundId)) {
            system.run(() -> runtime.createMessageCorrelation(PreventionProcess.MESSAGE_TRIAGED)
                    .processInstanceId(request.processInstanceId())
                    .setVariable(PreventionProcess.ACCEPTED, request.status() == RequestStatus.ACCEPTED)
                    .correlateWithResult());
        }
    }

    // ---- Weekly distribution ------------------------------------------------------------------

    /** "Saml familier til fordeling": accepted families without a course, into a distribution round. */
    public Map<String, Object> openDistributionRound() {
        List<PreventionRequest> accepted = requests.findByStatusOrderByReceivedAtAscIdAsc(RequestStatus.ACCEPTED);
        Map<String, Object> variables = new HashMap<>();
        variables.put(PreventionProcess.DISTRIBUTION_COUNT, Math.min(accepted.size(), PreventionProcess.SLOTS));
        if (accepted.isEmpty()) {
            return variables;
        }
        PreventionRound round = rounds.save(new PreventionRound(PreventionRound.Kind.DISTRIBUTION, time.now()));
        for (int i = 0; i < Math.min(accepted.size(), PreventionProcess.SLOTS); i++) {
            accepted.get(i).inDistribution(round.id(), i + 1);
        }
        variables.put(PreventionProcess.ROUND_ID, round.id());
        return variables;
    }

    /** The distribution form's slots: each family's request id and label (number, age, topic, competence needed). */
    @Transactional(readOnly = true)
    public List<Slot> distributionSlots(long roundId) {
        return requests.findByDistributionRoundIdOrderByDistributionSlot(roundId).stream()
                .map(r -> new Slot(r.id(), r.number() + " · " + age(r) + " år · " + r.topic().danishName() + " · kræver: "
                        + r.neededCompetence()))
                .toList();
    }

    /** The unit's workers with their competences and current load (6–12 families), for the leader's choice. */
    @Transactional(readOnly = true)
    public List<WorkerLoad> workers() {
        return properties.staff().stream()
                .map(w -> new WorkerLoad(w.user(), organisation.displayName(w.user()), w.competences(),
                        (int) courses.countByWorkerAndStatusIn(w.user(), ACTIVE), properties.minFamilies(),
                        properties.maxFamilies()))
                .toList();
    }

    /**
     * "Ugentlig fordeling": each family gets an individual course with a worker who has the needed
     * competence and room for another family, a group course with a free seat, or both.
     */
    public void recordDistribution(long roundId, List<DistributionEntry> entries) {
        CurrentUser user = organisation.currentUser();
        requireLeader(user);
        Map<Integer, DistributionEntry> bySlot = entries.stream()
                .collect(Collectors.toMap(DistributionEntry::slot, Function.identity(), (a, b) -> a));
        Map<String, WorkerLoad> workers = workers().stream().collect(Collectors.toMap(WorkerLoad::user, Function.identity()));
        Map<String, Integer> added = new HashMap<>();
        Map<Long, Integer> seatsTaken = new HashMap<>();
        List<PreventionRequest> inRound = requests.findByDistributionRoundIdOrderByDistributionSlot(roundId);
        Problems problems = new Problems();
        for (PreventionRequest request : inRound) {
            int slot = request.distributionSlot();
            DistributionEntry entry = bySlot.getOrDefault(slot, new DistributionEntry(slot, null, null, null));
            if (!problems.require("courseKind" + slot, entry.kind())) {
                continue;
            }
            if (entry.kind().individual() && problems.require("worker" + slot, entry.worker())) {
                WorkerLoad worker = workers.get(entry.worker());
                int load = worker == null ? 0 : worker.families() + added.merge(entry.worker(), 1, Integer::sum) - 1;
                if (worker == null) {
                    problems.add("worker" + slot, "er ikke medarbejder i " + properties.unitName());
                } else if (!worker.competences().contains(request.neededCompetence())) {
                    problems.add("worker" + slot, "har ikke kompetencen " + request.neededCompetence());
                } else if (load >= properties.maxFamilies()) {
                    problems.add("worker" + slot, "har allerede " + load + " familier (højst " + properties.maxFamilies() + ")");
                }
            }
            if (entry.kind().group() && problems.require("groupOffer" + slot, entry.groupOfferId())) {
                groups.checkEnrolment("groupOffer" + slot, entry.groupOfferId(), age(request),
                        seatsTaken.getOrDefault(entry.groupOfferId(), 0), problems);
                seatsTaken.merge(entry.groupOfferId(), 1, Integer::sum);
            }
        }
        problems.throwIfAny();
        Instant now = time.now();
        for (PreventionRequest request : inRound) {
            DistributionEntry entry = bySlot.get(request.distributionSlot());
            PreventionCourse course = courses.save(new PreventionCourse(request.id(), entry.kind(),
                    entry.kind().individual() ? entry.worker() : null, properties.contactLimit(), user.id(), now));
            if (entry.kind().group()) {
                groups.enrol(entry.groupOfferId(), course.id(), user.id());
            }
            request.assigned();
        }
        round(roundId).completed(user.id(), now);
    }

    /**
     * "Meld fordelingen": each family's process learns its course and worker; the worker contacts
     * the family the same day or the next working day.
     */
    public void announceDistribution(long roundId) {
        LocalDate nextWorkingDay = calendar.addWorkingDays(time.today(), 1);
        Date contactDueAt = Date.from(deadlines.endOfDay(nextWorkingDay).minusSeconds(1));
        for (PreventionRequest request : requests.findByDistributionRoundIdOrderByDistributionSlot(roundId)) {
            PreventionCourse course = courses.findByRequestId(request.id()).orElseThrow();
            Map<String, Object> variables = new HashMap<>();
            variables.put(PreventionProcess.COURSE_ID, course.id());
            variables.put(PreventionProcess.INDIVIDUAL_COURSE, course.kind().individual());
            variables.put(PreventionProcess.CONTACT_DUE_AT, contactDueAt);
            if (course.worker() != null) {
                variables.put(PreventionProcess.WORKER, course.worker());
            }
            system.run(() -> runtime.createMessageCorrelation(PreventionProcess.MESSAGE_ASSIGNED)
                    .processInstanceId(request.processInstanceId()).setVariables(variables).correlateWithResult());
        }
    }

    // ---- Shared -------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    PreventionRequest request(long requestId) {
        return requests.findById(requestId)
                .orElseThrow(() -> new NotFoundException("Henvendelse " + requestId + " findes ikke"));
    }

    int age(PreventionRequest request) {
        ChildRef child = children.ref(request.childId());
        return Math.max(0, Period.between(child.birthDate(), time.today()).getYears());
    }

    Instant triageBy(PreventionRequest request) {
        return request.receivedAt().plus(Duration.ofDays(properties.triageWithinDays()));
    }

    void requireStaff(CurrentUser user) {
        if (!user.isInAny(Groups.PREVENTION, PreventionProcess.LEADER_GROUP, Groups.ADMIN)) {
            throw new ForbiddenException("Kun Tidlig Forebyggelses medarbejdere har adgang.");
        }
    }

    void requireLeader(CurrentUser user) {
        if (!user.isInAny(PreventionProcess.LEADER_GROUP, Groups.ADMIN)) {
            throw new ForbiddenException("Kun lederen af Tidlig Forebyggelse kan visitere og fordele.");
        }
    }

    private Map<String, Object> store(RequestInput input, CurrentUser user) {
        validate(input);
        if (Boolean.TRUE.equals(input.anonymous())) {
            AnonymousCounselling open = counselling.save(new AnonymousCounselling(time.today(), input.topic()));
            Map<String, Object> variables = new HashMap<>();
            variables.put(PreventionProcess.ANONYMOUS, true);
            variables.put(PreventionProcess.COUNSELLING_ID, open.id());
            variables.put(PreventionProcess.REQUEST_NUMBER, open.number());
            variables.put(PreventionProcess.TOPIC, input.topic().name());
            return variables;
        }
        RequestInput.Child child = input.child();
        LocalDate birthDate = child.birthDate() != null ? child.birthDate() : Cpr.birthDate(child.cpr()).orElseThrow();
        int age = Math.max(0, Period.between(birthDate, time.today()).getYears());
        ChildRef ref = children.findOrRegister(new ChildIdentity(blankToNull(child.cpr()), child.name().trim(), birthDate),
                organisation.teamForAge(age).id());
        boolean professional = input.wayIn() == WayIn.PROFESSIONAL;
        PreventionRequest request = requests.save(new PreventionRequest(input.wayIn(), null, ref.id(),
                input.parentName().trim(), input.familyContact().trim(), professional ? input.referrerRole() : null,
                professional ? input.referrerOrganisation().trim() : null, input.topic(), input.description().trim(),
                time.now(), user.id()));
        return startVariables(request);
    }

    private void validate(RequestInput input) {
        Problems problems = new Problems();
        if (Boolean.TRUE.equals(input.anonymous())) {
            if (input.wayIn() != null && input.wayIn() != WayIn.FAMILY) {
                problems.add("wayIn", "anonym rådgivning er kun for familiens egen henvendelse");
            }
            for (Map.Entry<String, Object> identity : anonymityFields(input).entrySet()) {
                if (identity.getValue() != null && !(identity.getValue() instanceof String s && s.isBlank())) {
                    problems.add(identity.getKey(), "gemmes ikke ved anonym rådgivning: lad feltet være tomt");
                }
            }
            problems.require("topic", input.topic());
            problems.throwIfAny();
            return;
        }
        if (problems.require("wayIn", input.wayIn()) && input.wayIn() == WayIn.INTAKE) {
            problems.add("wayIn", "henvisninger fra underretninger kommer fra myndighedens visitation");
        }
        if (problems.require("child", input.child())) {
            validateChild(problems, input.child());
        }
        problems.require("parentName", input.parentName());
        problems.maxLength("parentName", input.parentName(), MAX_SHORT);
        problems.require("familyContact", input.familyContact());
        problems.maxLength("familyContact", input.familyContact(), MAX_SHORT);
        if (input.wayIn() == WayIn.PROFESSIONAL) {
            problems.require("referrerRole", input.referrerRole());
            problems.require("referrerOrganisation", input.referrerOrganisation());
            problems.maxLength("referrerOrganisation", input.referrerOrganisation(), MAX_SHORT);
            if (!Boolean.TRUE.equals(input.familyAgrees())) {
                problems.add("familyAgrees", "en fagperson henvender sig sammen med familien: familien skal være enig");
            }
        }
        problems.require("topic", input.topic());
        problems.require("description", input.description());
        problems.maxLength("description", input.description(), MAX_TEXT);
        problems.throwIfAny();
    }

    private static Map<String, Object> anonymityFields(RequestInput input) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("child", input.child());
        fields.put("parentName", input.parentName());
        fields.put("familyContact", input.familyContact());
        fields.put("referrerRole", input.referrerRole());
        fields.put("referrerOrganisation", input.referrerOrganisation());
        fields.put("description", input.description());
        return fields;
    }

    private void validateChild(Problems problems, RequestInput.Child child) {
        ChildIdentity.check(problems, child.cpr(), child.name(), child.birthDate(), time.today());
        String cpr = blankToNull(child.cpr());
        LocalDate birthDate = child.birthDate() != null ? child.birthDate()
                : cpr != null && Cpr.isWellFormed(cpr) ? Cpr.birthDate(cpr).orElse(null) : null;
        if (birthDate != null && !birthDate.isAfter(time.today())
                && Period.between(birthDate, time.today()).getYears() > MAX_CHILD_AGE) {
            problems.add("child.birthDate", "Tidlig Forebyggelse er for børn og unge 0–17 år");
        }
    }

    private Map<String, Object> startVariables(PreventionRequest request) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(PreventionProcess.ANONYMOUS, false);
        variables.put(PreventionProcess.REQUEST_ID, request.id());
        variables.put(PreventionProcess.REQUEST_NUMBER, request.number());
        variables.put(PreventionProcess.CHILD_ID, request.childId());
        variables.put(PreventionProcess.TRIAGE_DUE_AT, Date.from(triageBy(request)));
        if (request.concernId() != null) {
            variables.put(PreventionProcess.CONCERN_ID, request.concernId());
        }
        return variables;
    }

    private void startedAs(Map<String, Object> variables, String processInstanceId) {
        Object requestId = variables.get(PreventionProcess.REQUEST_ID);
        if (requestId != null) {
            request(((Number) requestId).longValue()).startedAs(processInstanceId);
        }
    }

    private RegisteredRequest registered(Map<String, Object> variables, String processInstanceId) {
        startedAs(variables, processInstanceId);
        Object requestId = variables.get(PreventionProcess.REQUEST_ID);
        Date triageBy = (Date) variables.get(PreventionProcess.TRIAGE_DUE_AT);
        return new RegisteredRequest(requestId == null ? null : ((Number) requestId).longValue(),
                (String) variables.get(PreventionProcess.REQUEST_NUMBER), requestId == null,
                triageBy == null ? null : triageBy.toInstant(), processInstanceId);
    }

    private void requireMayRegister(CurrentUser user) {
        if (!user.isInAny(Groups.PREVENTION, PreventionProcess.LEADER_GROUP, Groups.INTAKE, Groups.CASEWORKERS,
                Groups.TEAM_LEADERS, Groups.NOTIFIERS, Groups.ADMIN)) {
            throw new ForbiddenException("Din rolle kan ikke registrere henvendelser til Tidlig Forebyggelse.");
        }
    }

    private PreventionRound round(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new NotFoundException("Runde " + roundId + " findes ikke"));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Labels of the select in the triage form: the unit's competences. */
    public List<String> competences() {
        return new ArrayList<>(properties.competences());
    }
}
