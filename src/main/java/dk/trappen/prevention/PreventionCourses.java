package dk.trappen.prevention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import dk.trappen.casefile.AccessChannel;
import dk.trappen.casefile.ChildRecord;
import dk.trappen.casefile.ChildRegistry;
import dk.trappen.intake.ConcernLevel;
import dk.trappen.intake.ConcernService;
import dk.trappen.intake.PassedOnConcern;
import dk.trappen.intake.RegisteredConcern;
import dk.trappen.meetings.MeetingKind;
import dk.trappen.meetings.MeetingView;
import dk.trappen.meetings.Meetings;
import dk.trappen.organisation.CurrentUser;
import dk.trappen.organisation.Groups;
import dk.trappen.organisation.Organisation;
import dk.trappen.platform.ConflictException;
import dk.trappen.platform.ForbiddenException;
import dk.trappen.platform.NotFoundException;
import dk.trappen.platform.Problems;
import dk.trappen.platform.TimeSource;
import dk.trappen.prevention.internal.CourseContact;
import dk.trappen.prevention.internal.CourseContactRepository;
import dk.trappen.prevention.internal.CourseExtension;
import dk.trappen.prevention.internal.CourseExtensionRepository;
import dk.trappen.prevention.internal.PreventionCourse;
import dk.trappen.prevention.internal.PreventionCourseRepository;
import dk.trappen.prevention.internal.PreventionRequest;
import dk.trappen.prevention.internal.PreventionRequestRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A family's course: the first contact, the start meeting with its goals, contacts with FIT (at
 * most 12 including 2 network meetings unless the leader extends), the closing, and — when
 * worries remain or the triage passed the request on — the concern the authority receives.
 */
@Service
@Transactional
public class PreventionCourses {

    static final int MAX_TEXT = PreventionRequests.MAX_TEXT;
    static final int MAX_EXTRA_CONTACTS = 12;
    /** A child from this age has a TUS meeting (young people); younger ones a TBS meeting. */
    static final int TUS_FROM_AGE = 12;

    private final PreventionCourseRepository courses;
    private final PreventionRequestRepository requests;
    private final CourseContactRepository contacts;
    private final CourseExtensionRepository extensions;
    private final PreventionRequests unit;
    private final GroupOffers groups;
    private final ConcernService concerns;
    private final Meetings meetings;
    private final ChildRegistry children;
    private final Organisation organisation;
    private final PreventionProperties properties;
    private final TimeSource time;

    PreventionCourses(PreventionCourseRepository courses, PreventionRequestRepository requests,
                      CourseContactRepository contacts, CourseExtensionRepository extensions, PreventionRequests unit,
                      GroupOffers groups, ConcernService concerns, Meetings meetings, ChildRegistry children,
                      Organisation organisation, PreventionProperties properties, TimeSource time) {
        this.courses = courses;
        this.requests = requests;
        this.contacts = contacts;
        this.extensions = extensions;
        this.unit = unit;
        this.groups = groups;
        this.concerns = concerns;
        this.meetings = meetings;
        this.children = children;
        this.organisation = organisation;
        this.properties = properties;
        this.time = time;
    }

    /** "Kontakt familien": the day the worker reached the family, and what was agreed. */
    public void recordFirstContact(long courseId, LocalDate contactedOn, String note) {
        PreventionCourse course = workersCourse(courseId);
        Problems problems = new Problems();
        if (problems.require("contactedOn", contactedOn)) {
            LocalDate assigned = time.inZone(course.assignedAt()).toLocalDate();
            if (contactedOn.isAfter(time.today())) {
                problems.add("contactedOn", "må ikke ligge i fremtiden");
            } else if (contactedOn.isBefore(assigned)) {
                problems.add("contactedOn", "kan ikke ligge før familien blev fordelt");
            }
        }
        problems.maxLength("note", note, MAX_TEXT);
        problems.throwIfAny();
        course.contacted(contactedOn, PreventionRequests.blankToNull(note));
    }

    /** "Hold opstartsmøde": the course's goals, agreed with the family; the meeting is the first contact. */
    public CourseVariables holdStartMeeting(long courseId, ContactInput meeting, String goals) {
        PreventionCourse course = workersCourse(courseId);
        Problems problems = new Problems();
        validate(problems, meeting);
        problems.require("goals", goals);
        problems.maxLength("goals", goals, MAX_TEXT);
        problems.throwIfAny();
        record(course, CourseContact.Kind.START_MEETING, null, meeting);
        course.started(goals.trim());
        return variables(course);
    }

    /**
     * "Følg forløbet": a contact held (with FIT), a network meeting asked for, an extension asked
     * for, or the end. The limit counts every contact including the start meeting and network
     * meetings; a contact beyond it needs the leader's approved extension.
     */
    public CourseVariables followCourse(long courseId, NextStep step, ContactInput contact, String extensionReason) {
        PreventionCourse course = workersCourse(courseId);
        CourseVariables now = variables(course);
        Problems problems = new Problems();
        if (!problems.require("nextStep", step)) {
            problems.throwIfAny();
        }
        boolean limitReached = now.contactsUsed() >= now.contactLimit();
        switch (step) {
            case CONTACT -> {
                if (limitReached) {
                    problems.add("nextStep", "kontakt nr. " + (now.contactsUsed() + 1) + " kræver lederens godkendte"
                            + " forlængelse: vælg at bede om forlængelse");
                } else {
                    validate(problems, contact);
                }
            }
            case NETWORK_MEETING -> {
                if (limitReached) {
                    problems.add("nextStep", "alle " + now.contactLimit() + " kontakter er brugt; et netværksmøde er også en kontakt");
                } else if (now.networkMeetingsUsed() >= properties.networkMeetingLimit()) {
                    problems.add("nextStep", "et forløb har højst " + properties.networkMeetingLimit() + " netværksmøder");
                }
            }
            case EXTENSION -> {
                if (!limitReached) {
                    problems.add("nextStep", "forlængelse er først nødvendig, når alle " + now.contactLimit()
                            + " kontakter er brugt (" + now.contactsUsed() + " brugt)");
                }
                problems.require("extensionReason", extensionReason);
                problems.maxLength("extensionReason", extensionReason, MAX_TEXT);
            }
            case CLOSE -> {
                // Closing is always possible; the closing task records the outcome.
            }
        }
        problems.throwIfAny();
        CurrentUser user = organisation.currentUser();
        if (step == NextStep.CONTACT) {
            record(course, CourseContact.Kind.CONTACT, null, contact);
        } else if (step == NextStep.EXTENSION) {
            extensions.save(new CourseExtension(courseId, extensionReason.trim(), user.id(), time.now()));
        }
        return variables(course);
    }

    /** The network meeting's kind for the course's child: TBS for children, TUS for young people. */
    @Transactional(readOnly = true)
    public MeetingKind meetingKind(long courseId) {
        return unit.age(request(course(courseId))) >= TUS_FROM_AGE ? MeetingKind.TUS : MeetingKind.TBS;
    }

    /** "Registrér netværksmødet": a meeting held counts as a contact of the course; a cancelled one does not. */
    public CourseVariables recordNetworkMeeting(long courseId, long meetingId) {
        PreventionCourse course = course(courseId);
        MeetingView meeting = meetings.get(meetingId);
        if (meeting.heldAt() != null && contacts.findByCourseIdOrderByIdAsc(courseId).stream()
                .noneMatch(c -> Long.valueOf(meetingId).equals(c.meetingId()))) {
            contacts.save(new CourseContact(courseId, CourseContact.Kind.NETWORK_MEETING, meetingId,
                    time.inZone(meeting.heldAt()).toLocalDate(), place(meeting), meeting.kind().danishName(), null,
                    null, null, null, null, false, false, false, meeting.caseworker(), time.now()));
        }
        return variables(course);
    }

    /** "Godkend forlængelse": the leader approves more contacts (how many) or refuses with a note. */
    public CourseVariables decideExtension(long courseId, Boolean approved, Integer extraContacts, String note) {
        CurrentUser user = organisation.currentUser();
        unit.requireLeader(user);
        PreventionCourse course = course(courseId);
        CourseExtension extension = extensions.findByCourseIdOrderByIdAsc(courseId).stream()
                .filter(e -> e.approved() == null).reduce((first, second) -> second)
                .orElseThrow(() -> new ConflictException("Der er ingen forlængelse at tage stilling til."));
        Problems problems = new Problems();
        if (problems.require("extensionApproved", approved) && approved) {
            if (problems.require("extraContacts", extraContacts)
                    && (extraContacts < 1 || extraContacts > MAX_EXTRA_CONTACTS)) {
                problems.add("extraContacts", "skal være mellem 1 og " + MAX_EXTRA_CONTACTS);
            }
        } else if (approved != null) {
            problems.require("decisionNote", note);
        }
        problems.maxLength("decisionNote", note, MAX_TEXT);
        problems.throwIfAny();
        extension.decided(approved, approved ? extraContacts : null, PreventionRequests.blankToNull(note), user.id(),
                time.now());
        if (approved) {
            course.extended(extraContacts);
        }
        return variables(course);
    }

    /**
     * "Afslut forløb": goals reached, partly or not, a recommendation, and whether worries remain;
     * then the authority gets the course's summary as a concern at the level the worker gives.
     */
    public void close(long courseId, GoalsOutcome outcome, String recommendation, Boolean worriesRemain,
                      ConcernLevel level) {
        PreventionCourse course = workersCourse(courseId);
        CurrentUser user = organisation.currentUser();
        Problems problems = new Problems();
        problems.require("goalsOutcome", outcome);
        problems.require("recommendation", recommendation);
        problems.maxLength("recommendation", recommendation, MAX_TEXT);
        if (problems.require("worriesRemain", worriesRemain) && worriesRemain) {
            problems.require("concernLevel", level);
        }
        problems.throwIfAny();
        course.closed(outcome, recommendation.trim(), worriesRemain, user.id(), time.now());
        if (worriesRemain) {
            request(course).worriesRemain(level);
        }
    }

    /**
     * "Send til myndighed": intake registers a concern with what the unit knows (no double typing)
     * and starts its process; the unit is the professional notifier. From the triage: the reason;
     * from a closed course: its goals, contacts, FIT and the recommendation.
     *
     * @return the concern's id
     */
    public long passToAuthority(long requestId) {
        PreventionRequest request = requests.findById(requestId)
                .orElseThrow(() -> new NotFoundException("Henvendelse " + requestId + " findes ikke"));
        if (request.passedConcernId() != null) {
            return request.passedConcernId();
        }
        String description;
        ConcernLevel level;
        String decidedBy;
        if (request.status() == RequestStatus.PASSED_ON) {
            description = "Sendt videre fra " + properties.unitName() + " ved den ugentlige visitation ("
                    + request.number() + "): uden for enhedens målgruppe.\n\nBegrundelse: " + request.passReason()
                    + "\n\nHenvendelsen (" + request.wayIn().danishName().toLowerCase(Locale.ROOT) + ", "
                    + request.topic().danishName().toLowerCase(Locale.ROOT) + "):\n" + request.description();
            level = request.passedConcernLevel();
            decidedBy = request.triagedBy();
        } else {
            PreventionCourse course = courses.findByRequestId(requestId).filter(c -> c.status() == CourseStatus.CLOSED)
                    .orElseThrow(() -> new ConflictException(request.number() + " er hverken sendt videre eller afsluttet"));
            description = summary(request, course);
            level = request.worriesLevel();
            decidedBy = course.closedBy();
        }
        RegisteredConcern concern = concerns.registerPassedOn(new PassedOnConcern(request.childId(),
                properties.unitName(), properties.unitContact(), description, level, decidedBy));
        request.concernRegistered(concern.id());
        return concern.id();
    }

    /** A course beside (or instead of) the individual one: the family joins a group course. */
    public GroupOffer enrol(long courseId, long offerId) {
        CurrentUser user = organisation.currentUser();
        unit.requireStaff(user);
        PreventionCourse course = course(courseId);
        if (course.status() == CourseStatus.CLOSED) {
            throw new ConflictException("Forløbet er afsluttet.");
        }
        Problems problems = new Problems();
        groups.checkEnrolment("offerId", offerId, unit.age(request(course)), 0, problems);
        problems.throwIfAny();
        groups.enrol(offerId, courseId, user.id());
        return groups.ofCourse(courseId).stream().filter(g -> g.id() == offerId).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    public CourseVariables variables(long courseId) {
        return variables(course(courseId));
    }

    /** The request and its course as the unit's staff read them; the child's record is read with an audit row. */
    public RequestView view(long requestId, AccessChannel channel) {
        CurrentUser user = organisation.currentUser();
        unit.requireStaff(user);
        PreventionRequest request = unit.request(requestId);
        ChildRecord child = children.readAuthorized(request.childId(), user, channel,
                properties.unitName() + " " + request.number());
        PreventionCourse course = courses.findByRequestId(requestId).orElse(null);
        List<RequestView.Contact> contactViews = course == null ? List.of()
                : contacts.findByCourseIdOrderByIdAsc(course.id()).stream().map(PreventionCourses::contactView).toList();
        List<RequestView.Extension> extensionViews = course == null ? List.of()
                : extensions.findByCourseIdOrderByIdAsc(course.id()).stream()
                .map(e -> new RequestView.Extension(e.reason(), e.approved(), e.extraContacts(), e.decidedBy())).toList();
        return new RequestView(request.id(), request.number(), request.wayIn(), request.status(), request.receivedAt(),
                unit.triageBy(request), child.name(), child.cpr(), child.birthDate(), request.parentName(),
                request.familyContact(), request.referrerRole(), request.referrerOrganisation(), request.topic(),
                request.description(), request.concernId(), request.neededCompetence(), request.passReason(),
                request.passedConcernId(), course == null ? null : course.id(), course == null ? null : course.kind(),
                course == null ? null : course.status(), course == null ? null : course.worker(),
                course == null ? null : course.goals(), course == null ? 0 : course.contactLimit(), contactViews,
                extensionViews, course == null ? List.of() : groups.ofCourse(course.id()),
                course == null ? null : course.goalsOutcome(), course == null ? null : course.recommendation());
    }

    /** The leader's overview: waiting requests, families per worker, contacts used and FIT flags per course. */
    @Transactional(readOnly = true)
    public PreventionOverview overview() {
        CurrentUser user = organisation.currentUser();
        if (!user.isInAny(PreventionProcess.LEADER_GROUP, Groups.MANAGERS,
                Groups.ADMIN)) {
            throw new ForbiddenException("Oversigten er for lederen af Tidlig Forebyggelse.");
        }
        Instant now = time.now();
        List<PreventionOverview.Waiting> waiting = new ArrayList<>();
        for (RequestStatus status : List.of(RequestStatus.NEW, RequestStatus.IN_TRIAGE, RequestStatus.ACCEPTED,
                RequestStatus.IN_DISTRIBUTION)) {
            requests.findByStatusOrderByReceivedAtAscIdAsc(status).forEach(r -> waiting.add(new PreventionOverview.Waiting(
                    r.id(), r.number(), r.wayIn(), r.topic(), r.status(), r.receivedAt(), unit.triageBy(r),
                    r.neededCompetence(), (r.status() == RequestStatus.NEW || r.status() == RequestStatus.IN_TRIAGE)
                    && unit.triageBy(r).isBefore(now))));
        }
        List<PreventionOverview.Course> running = courses.findByStatusInOrderById(
                List.of(CourseStatus.STARTING, CourseStatus.RUNNING, CourseStatus.GROUP_ONLY)).stream()
                .filter(c -> c.status() != CourseStatus.GROUP_ONLY || groups.inRunningGroup(c.id()))
                .map(this::courseLine).toList();
        return new PreventionOverview(now, waiting, unit.workers(), running);
    }

    private PreventionOverview.Course courseLine(PreventionCourse course) {
        List<CourseContact> all = contacts.findByCourseIdOrderByIdAsc(course.id());
        List<String> flags = all.stream().filter(c -> c.ors() != null || c.srs() != null).reduce((a, b) -> b)
                .map(PreventionCourses::flags).orElse(List.of());
        return new PreventionOverview.Course(course.id(), request(course).number(), course.worker(), course.kind(),
                course.status(), all.size(), course.contactLimit(),
                (int) all.stream().filter(c -> c.kind() == CourseContact.Kind.NETWORK_MEETING).count(), flags,
                groups.ofCourse(course.id()).stream().map(GroupOffer::name).toList());
    }

    static List<String> flags(CourseContact contact) {
        List<String> flags = new ArrayList<>();
        if (contact.orsBelowCutoff()) {
            flags.add(FitFlag.ORS_BELOW_CUTOFF.name());
        }
        if (contact.orsFalling()) {
            flags.add(FitFlag.ORS_FALLING.name());
        }
        if (contact.srsBelowCutoff()) {
            flags.add(FitFlag.SRS_BELOW_CUTOFF.name());
        }
        return flags;
    }

    private static RequestView.Contact contactView(CourseContact c) {
        return new RequestView.Contact(c.kind().name(), c.contactDate(), c.place(), c.participants(), c.durationMinutes(),
                c.note(), c.rater(), c.ors(), c.srs(), flags(c), c.recordedBy());
    }

    private void validate(Problems problems, ContactInput contact) {
        if (contact == null) {
            problems.add("contactDate", "skal udfyldes");
            return;
        }
        if (problems.require("contactDate", contact.date()) && contact.date().isAfter(time.today())) {
            problems.add("contactDate", "må ikke ligge i fremtiden");
        }
        problems.require("place", contact.place());
        problems.require("participants", contact.participants());
        problems.maxLength("participants", contact.participants(), 400);
        if (problems.require("durationMinutes", contact.durationMinutes())
                && (contact.durationMinutes() < 1 || contact.durationMinutes() > 480)) {
            problems.add("durationMinutes", "skal være mellem 1 og 480 minutter");
        }
        problems.maxLength("note", contact.note(), MAX_TEXT);
        if ((contact.ors() != null || contact.srs() != null)) {
            problems.require("rater", contact.rater());
        }
        score(problems, "ors", contact.ors());
        score(problems, "srs", contact.srs());
    }

    private static void score(Problems problems, String field, Integer score) {
        if (score != null && (score < 0 || score > 40)) {
            problems.add(field, "skal være mellem 0 og 40");
        }
    }

    /** Stores the contact with its FIT flags: ORS under the rater's cut-off, SRS at or under 36, a falling ORS. */
    private void record(PreventionCourse course, CourseContact.Kind kind, Long meetingId, ContactInput c) {
        PreventionProperties.Fit fit = properties.fit();
        boolean orsBelow = c.ors() != null && c.ors() < fit.orsCutOff(c.rater());
        boolean srsBelow = c.srs() != null && c.srs() <= fit.srsAlliance();
        contacts.save(new CourseContact(course.id(), kind, meetingId, c.date(), c.place(), c.participants().trim(),
                c.durationMinutes(), PreventionRequests.blankToNull(c.note()), c.rater(), c.ors(), c.srs(), orsBelow,
                srsBelow, c.ors() != null && falling(course.id(), c.ors()), organisation.currentUser().id(), time.now()));
    }

    /**
     * A falling trend: the new ORS is a reliable change (5 points) below the course's first ORS,
     * or the third fall in a row.
     */
    private boolean falling(long courseId, int ors) {
        List<Integer> earlier = contacts.findByCourseIdOrderByIdAsc(courseId).stream().map(CourseContact::ors)
                .filter(Objects::nonNull).toList();
        if (earlier.isEmpty()) {
            return false;
        }
        if (earlier.get(0) - ors >= properties.fit().reliableChange()) {
            return true;
        }
        int n = earlier.size();
        return n >= 2 && earlier.get(n - 2) > earlier.get(n - 1) && earlier.get(n - 1) > ors;
    }

    private String summary(PreventionRequest request, PreventionCourse course) {
        List<CourseContact> all = contacts.findByCourseIdOrderByIdAsc(course.id());
        StringBuilder text = new StringBuilder("Forløb i ").append(properties.unitName()).append(" (")
                .append(request.number()).append(") er afsluttet, og der er fortsat bekymring.\n\n");
        text.append("Henvendelsen: ").append(request.topic().danishName()).append(".\n");
        text.append("Mål fra opstartsmødet: ").append(course.goals() == null ? "(ingen opstartsmøde)" : course.goals())
                .append("\nMålene er ").append(switch (course.goalsOutcome()) {
                    case REACHED -> "nået";
                    case PARTLY -> "delvist nået";
                    case NOT_REACHED -> "ikke nået";
                }).append(".\n");
        text.append("Kontakter: ").append(all.size()).append(" af ").append(course.contactLimit()).append(", heraf ")
                .append(all.stream().filter(c -> c.kind() == CourseContact.Kind.NETWORK_MEETING).count())
                .append(" netværksmøder.\n");
        List<String> scores = all.stream().filter(c -> c.ors() != null)
                .map(c -> c.contactDate() + ": ORS " + c.ors() + (c.srs() == null ? "" : ", SRS " + c.srs())
                        + (flags(c).isEmpty() ? "" : " (" + String.join(", ", flags(c).stream().map(f -> FitFlag.valueOf(f)
                        .danishName()).toList()) + ")"))
                .toList();
        if (!scores.isEmpty()) {
            text.append("FIT:\n  ").append(String.join("\n  ", scores)).append('\n');
        }
        text.append("\nAnbefaling: ").append(course.recommendation());
        return text.toString();
    }

    private static ContactPlace place(MeetingView meeting) {
        if (meeting.placeKind() == null) {
            return null;
        }
        return switch (meeting.placeKind()) {
            case HOME -> ContactPlace.HOME;
            case SCHOOL -> ContactPlace.SCHOOL;
            case DAYCARE -> ContactPlace.DAYCARE;
            case OTHER -> null;
        };
    }

    private CourseVariables variables(PreventionCourse course) {
        List<CourseContact> all = contacts.findByCourseIdOrderByIdAsc(course.id());
        return new CourseVariables(all.size(), course.contactLimit(),
                (int) all.stream().filter(c -> c.kind() == CourseContact.Kind.NETWORK_MEETING).count());
    }

    /** The course, for its worker (or the leader). */
    private PreventionCourse workersCourse(long courseId) {
        CurrentUser user = organisation.currentUser();
        PreventionCourse course = course(courseId);
        if (!user.id().equals(course.worker()) && !user.isInAny(PreventionProcess.LEADER_GROUP,
                Groups.ADMIN)) {
            throw new ForbiddenException("Forløbet er en kollegas.");
        }
        if (course.status() == CourseStatus.CLOSED) {
            throw new ConflictException("Forløbet er afsluttet.");
        }
        return course;
    }

    private PreventionCourse course(long courseId) {
        return courses.findById(courseId).orElseThrow(() -> new NotFoundException("Forløb " + courseId + " findes ikke"));
    }

    private PreventionRequest request(PreventionCourse course) {
        return requests.findById(course.requestId()).orElseThrow();
    }
}
