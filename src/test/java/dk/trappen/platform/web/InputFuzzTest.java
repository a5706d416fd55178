package dk.trappen.platform.web;

import static dk.trappen.testsupport.WriteFixtures.ordered;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import dk.trappen.intake.ConcernService;
import dk.trappen.meetings.MeetingProcesses;
import dk.trappen.meetings.Meetings;
import dk.trappen.organisation.Organisation;
import dk.trappen.prevention.GroupOffers;
import dk.trappen.prevention.PreventionRequests;
import dk.trappen.staircase.OfferCatalogue;
import dk.trappen.testsupport.ApiClient;
import dk.trappen.testsupport.DomainSnapshot;
import dk.trappen.testsupport.TrappenTest;
import dk.trappen.testsupport.WriteFixtures;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.sessions.JqwikSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Every POST and PUT of the API against generated bad input: missing and null required fields,
 * wrong types, numbers and dates out of range, strings up to 100,000 characters, unknown enum
 * values and fields, broken JSON, the wrong root or content type, and bad ids in the path. Each
 * try must get a 4xx problem+json without anything internal in it, and store nothing.
 *
 * <p>jqwik's generators run inside a JUnit test of the one Spring context every test shares (jqwik's
 * own lifecycle would not run the extensions that pick the database and start that context). A
 * failing input is shrunk with jqwik's shrinking before it is reported, with the seed to replay it:
 * {@code -Dtrappen.fuzz.seed=...} (or {@code random} for a new search); {@code -Dtrappen.fuzz.tries=...}
 * sets the tries per endpoint.
 */
@TrappenTest
class InputFuzzTest {

    static final int TRIES = Integer.getInteger("trappen.fuzz.tries", 60);
    /**
     * Fixed unless asked otherwise, so that CI is repeatable: a new seed is a new search, run on
     * purpose ({@code -Dtrappen.fuzz.seed=random}), not a coin tossed on every build.
     */
    static final long SEED = "random".equals(System.getProperty("trappen.fuzz.seed"))
            ? new Random().nextLong() : Long.getLong("trappen.fuzz.seed", 20_261_130L);
    static final int MAX_SHRINK_STEPS = 40;
    /** Nothing internal in a body: a stack frame, an exception's or a package's name, SQL. */
    static final List<String> LEAKS = List.of("\tat ", "Exception", "org.", "java.", "jakarta.", "SQL", "select ", "insert ",
            "constraint", "Hibernate", "JDBC");
    /** A marker for "leave the field out". */
    static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "<absent>";
        }
    };

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    ConcernService concerns;
    @Autowired
    Meetings meetings;
    @Autowired
    MeetingProcesses meetingProcesses;
    @Autowired
    Organisation organisation;
    @Autowired
    OfferCatalogue catalogue;
    @Autowired
    GroupOffers groups;
    @Autowired
    PreventionRequests requests;
    @Autowired
    DataSource dataSource;

    /** One bad input: how to send it, and how it reads in a report. */
    record Attempt(String description, String path, String contentType, String body) {
        @Override
        public String toString() {
            String shown = body == null ? "<no body>" : body.length() > 300
                    ? body.substring(0, 300) + "... (" + body.length() + " characters)" : body;
            return description + ": " + path + " [" + contentType + "] " + shown;
        }
    }

    /** A field of the body and the values it must refuse. */
    record Field(String path, Arbitrary<Object> bad) {
    }

    /** A write, the user allowed to make it, a body it accepts, and the tables it writes to. */
    record Endpoint(String name, HttpMethod method, String pathTemplate, String id, String user,
                    Map<String, Object> validBody, List<Field> fields, List<String> tables) {
        String path(String anId) {
            return pathTemplate.replace("{id}", anId);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyWriteRefusesBadInputWithAProblemAndStoresNothing() {
        WriteFixtures fixtures = new WriteFixtures(processEngine, concerns, meetings, meetingProcesses, organisation,
                catalogue, groups, requests);
        WriteFixtures.CaseFixture nordCase = fixtures.nordCase();
        WriteFixtures.MeetingFixture meeting = fixtures.withConsent(fixtures.meeting(nordCase));
        WriteFixtures.CourseFixture course = fixtures.course();
        long intervention = fixtures.intervention();
        String offerId = String.valueOf(fixtures.familyTreatment().id());
        String meetingId = String.valueOf(meeting.meetingId());
        String caseId = String.valueOf(nordCase.caseId());
        List<String> meetingTables = List.of("meeting", "meeting_participant", "meeting_note", "consent", "partner_status",
                "outbox_letter");

        List<Endpoint> endpoints = List.of(
                new Endpoint("PUT /api/cases/{id}/caseworker", HttpMethod.PUT, "/api/cases/{id}/caseworker", caseId, "lnord",
                        ordered("caseworker", "cnord2"),
                        List.of(new Field("caseworker", Arbitraries.oneOf(text(64, true),
                                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30)
                                        .filter(s -> !Set.of("cnord1", "cnord2").contains(s)).map(s -> s)))),
                        List.of("child_case", "case_note")),
                new Endpoint("PUT /api/cases/{id}/follow-up-policy", HttpMethod.PUT, "/api/cases/{id}/follow-up-policy", caseId,
                        "cnord1", ordered("policy", "BORAAS"),
                        List.of(new Field("policy", enumeration(true, "KOLDING", "HERNING", "BORAAS", "LEGAL_MINIMUM"))),
                        List.of("follow_up_policy")),
                new Endpoint("POST /api/concerns", HttpMethod.POST, "/api/concerns", null, "intake", WriteFixtures.concernBody(),
                        List.of(new Field("notifierType", enumeration(true, "PROFESSIONAL", "CITIZEN", "ANONYMOUS")),
                                new Field("notifierOrganisation", text(200, true)),
                                new Field("notifierContact", text(200, true)),
                                new Field("child", Arbitraries.oneOf(wrongTypeForObject(), Arbitraries.just(null))),
                                new Field("child.name", text(200, true)),
                                new Field("child.cpr", badCpr()),
                                new Field("child.birthDate", date(false, futureDates())),
                                new Field("receivedAt", dateTime(true, Arbitraries.integers().between(1, 400000)
                                        .map(hours -> OffsetDateTime.now().plusDays(1).plusHours(hours).toString()))),
                                new Field("description", text(10_000, true)),
                                new Field("concernLevel", enumeration(true, "GENERAL_WELLBEING", "DECLINING", "ILL_BEING", "SEVERE")),
                                new Field("concernsAbuse", bool())),
                        List.of("child", "concern", "concern_note", "outbox_letter")),
                new Endpoint("POST /api/prevention/requests", HttpMethod.POST, "/api/prevention/requests", null, "prevention",
                        WriteFixtures.familyRequestBody(),
                        List.of(new Field("anonymous", bool()),
                                new Field("wayIn", enumeration(true, "FAMILY", "PROFESSIONAL", "INTAKE")),
                                new Field("child", Arbitraries.oneOf(wrongTypeForObject(), Arbitraries.just(null))),
                                new Field("child.name", text(200, true)),
                                new Field("child.cpr", badCpr()),
                                new Field("child.birthDate", date(false, Arbitraries.oneOf(futureDates(),
                                        Arbitraries.integers().between(19, 120).map(years -> LocalDate.now().minusYears(years)
                                                .minusDays(1).toString())))),
                                new Field("parentName", text(200, true)),
                                new Field("familyContact", text(200, true)),
                                new Field("topic", enumeration(true, "PARENTING", "OTHER")),
                                new Field("description", text(10_000, true))),
                        List.of("child", "prevention_request", "anonymous_counselling")),
                new Endpoint("POST /api/prevention/groups", HttpMethod.POST, "/api/prevention/groups", null, "lfor",
                        WriteFixtures.groupBody(),
                        List.of(new Field("name", text(200, true)),
                                new Field("description", text(4000, false)),
                                // Valid beside the fixture's other age (12–17): 0–17 for the lower, 12–17 for the upper.
                                new Field("minAge", integer(true, 0, 17)),
                                new Field("maxAge", integer(true, 12, 17)),
                                new Field("startsOn", date(true, Arbitraries.of("2024-00-10", "2024-04-31"))),
                                new Field("endsOn", date(true, Arbitraries.integers().between(11, 100000)
                                        .map(days -> LocalDate.now().plusDays(10).minusDays(days).toString()))),
                                new Field("seats", integer(true, 1, Integer.MAX_VALUE))),
                        List.of("prevention_group_offer")),
                new Endpoint("POST /api/prevention/courses/{id}/enrolments", HttpMethod.POST,
                        "/api/prevention/courses/{id}/enrolments", String.valueOf(course.courseId()), "prevention",
                        ordered("offerId", course.groupOfferId()),
                        List.of(new Field("offerId", id(true))),
                        List.of("prevention_enrolment")),
                new Endpoint("POST /api/meetings/{id}/reschedule", HttpMethod.POST, "/api/meetings/{id}/reschedule", meetingId,
                        "cnord1", WriteFixtures.rescheduleBody(),
                        List.of(new Field("at", dateTime(true, Arbitraries.integers().between(1, 400000)
                                        .map(hours -> OffsetDateTime.now().minusHours(hours).toString()))),
                                new Field("placeKind", enumeration(true, "HOME", "SCHOOL", "DAYCARE", "OTHER")),
                                new Field("place", text(200, false)),
                                new Field("reason", text(4000, true))),
                        meetingTables),
                new Endpoint("POST /api/meetings/{id}/cancel", HttpMethod.POST, "/api/meetings/{id}/cancel", meetingId, "cnord1",
                        ordered("reason", "Familien er syg."),
                        List.of(new Field("reason", text(4000, true))),
                        meetingTables),
                new Endpoint("POST /api/meetings/{id}/statuses", HttpMethod.POST, "/api/meetings/{id}/statuses", meetingId,
                        "cnord1", ordered("participantId", meeting.schoolParticipantId(), "text", "Eleven trives bedre."),
                        List.of(new Field("participantId", id(true)),
                                new Field("text", text(10_000, true))),
                        meetingTables),
                new Endpoint("POST /api/meetings/{id}/consent", HttpMethod.POST, "/api/meetings/{id}/consent", meetingId,
                        "cnord1", WriteFixtures.consentBody(),
                        List.of(new Field("scope", text(2000, true)),
                                new Field("givenOn", date(true, futureDates())),
                                new Field("givenBy", text(200, true)),
                                new Field("validUntil", date(true, Arbitraries.integers().between(1, 100000)
                                        .map(days -> LocalDate.now().minusDays(days).toString())))),
                        meetingTables),
                new Endpoint("POST /api/meetings/{id}/consent/withdrawal", HttpMethod.POST,
                        "/api/meetings/{id}/consent/withdrawal", meetingId, "cnord1", ordered("reason", "Mor trækker det tilbage."),
                        List.of(new Field("reason", text(2000, true))),
                        meetingTables),
                new Endpoint("POST /api/offers", HttpMethod.POST, "/api/offers", null, "owner",
                        WriteFixtures.offerBody("Fuzztilbud"), offerFields(), List.of("offer")),
                new Endpoint("PUT /api/offers/{id}", HttpMethod.PUT, "/api/offers/{id}", offerId, "owner",
                        WriteFixtures.offerBody("Familiebehandling (skrivetest)"), offerFields(), List.of("offer")),
                new Endpoint("POST /api/interventions/{id}/early-end", HttpMethod.POST, "/api/interventions/{id}/early-end",
                        String.valueOf(intervention), "therapist",
                        ordered("reason", "FAMILY_WITHDREW", "note", "Familien ønsker ikke at fortsætte."),
                        List.of(new Field("reason", enumeration(true, "FAMILY_WITHDREW", "ACUTE_SITUATION")),
                                new Field("note", text(4000, true))),
                        List.of("home_intervention")));

        ApiClient http = new ApiClient(port);
        DomainSnapshot snapshot = new DomainSnapshot(dataSource, processEngine);
        return endpoints.stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.name(),
                () -> fuzz(endpoint, http, snapshot)));
    }

    private void fuzz(Endpoint endpoint, ApiClient http, DomainSnapshot snapshot) {
        long seed = SEED ^ endpoint.name().hashCode();
        JqwikSession.start();
        try {
            RandomGenerator<Attempt> generator = attempts(endpoint).generator(1000, true);
            Random random = new Random(seed);
            for (int i = 0; i < TRIES; i++) {
                Shrinkable<Attempt> tried = generator.next(random);
                Optional<String> failure = check(endpoint, tried.value(), http, snapshot);
                if (failure.isPresent()) {
                    Shrinkable<Attempt> smallest = tried;
                    String smallestFailure = failure.get();
                    // Greedy shrinking: take the first smaller input that still fails, a bounded number of times.
                    for (int step = 0; step < MAX_SHRINK_STEPS; step++) {
                        Optional<Shrinkable<Attempt>> smaller = Optional.empty();
                        String why = null;
                        for (Shrinkable<Attempt> candidate : (Iterable<Shrinkable<Attempt>>) smallest.shrink().limit(20)::iterator) {
                            Optional<String> again = check(endpoint, candidate.value(), http, snapshot);
                            if (again.isPresent()) {
                                smaller = Optional.of(candidate);
                                why = again.get();
                                break;
                            }
                        }
                        if (smaller.isEmpty()) {
                            break;
                        }
                        smallest = smaller.get();
                        smallestFailure = why;
                    }
                    throw new AssertionError(endpoint.name() + " (try " + (i + 1) + ", -Dtrappen.fuzz.seed=" + SEED + "): "
                            + smallestFailure + "\n  input: " + smallest.value() + "\n  first failing input: " + tried.value());
                }
            }
        } finally {
            JqwikSession.finish();
        }
    }

    /** Empty when the attempt was refused the way the property says; otherwise what went wrong. */
    private Optional<String> check(Endpoint endpoint, Attempt attempt, ApiClient http, DomainSnapshot snapshot) {
        Map<String, String> before = snapshot.take(endpoint.tables());
        ApiClient.Reply reply = http.sendRaw(endpoint.method(), attempt.path(), endpoint.user(), attempt.contentType(),
                attempt.body());
        List<String> changed = DomainSnapshot.changes(before, snapshot.take(endpoint.tables()));
        if (reply.status() < 400 || reply.status() >= 500) {
            return Optional.of("answered " + reply.status() + " " + shorten(reply.body()) + (changed.isEmpty() ? ""
                    : ", stored " + changed));
        }
        if (!changed.isEmpty()) {
            return Optional.of("answered " + reply.status() + " but stored " + changed);
        }
        MediaType type = reply.headers().getContentType();
        if (type == null || !type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
            return Optional.of("answered " + reply.status() + " as " + type + ", not problem+json: " + shorten(reply.body()));
        }
        try {
            JsonNode problem = reply.json();
            if (problem.path("status").asInt() != reply.status()) {
                return Optional.of("problem without its status " + reply.status() + ": " + shorten(reply.body()));
            }
        } catch (Exception e) {
            return Optional.of("answered " + reply.status() + " with a body that is not JSON: " + shorten(reply.body()));
        }
        for (String leak : LEAKS) {
            if (reply.body().contains(leak)) {
                return Optional.of("the problem shows \"" + leak.trim() + "\": " + shorten(reply.body()));
            }
        }
        return Optional.empty();
    }

    private static String shorten(String body) {
        return body == null ? "" : body.length() > 500 ? body.substring(0, 500) + "..." : body;
    }

    // ---- the bad inputs ------------------------------------------------------------------------

    private static Arbitrary<Attempt> attempts(Endpoint endpoint) {
        String validPath = endpoint.id() == null ? endpoint.pathTemplate() : endpoint.path(endpoint.id());
        String json = ApiClient.json(endpoint.validBody());
        String jsonType = MediaType.APPLICATION_JSON_VALUE;
        List<Arbitrary<Attempt>> kinds = new ArrayList<>();

        kinds.add(Arbitraries.of(endpoint.fields()).flatMap(field -> field.bad().map(value -> new Attempt(
                field.path() + " = " + describe(value), validPath, jsonType, ApiClient.json(with(endpoint.validBody(),
                        field.path(), value))))));
        Set<String> known = endpoint.validBody().keySet();
        kinds.add(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30).filter(name -> !known.contains(name))
                .flatMap(name -> anyJsonValue().map(value -> {
                    Map<String, Object> body = new LinkedHashMap<>(endpoint.validBody());
                    body.put(name, value);
                    return new Attempt("unknown field " + name, validPath, jsonType, ApiClient.json(body));
                })));
        kinds.add(Arbitraries.integers().between(0, json.length() - 1)
                .map(cut -> new Attempt("JSON cut after " + cut + " characters", validPath, jsonType, json.substring(0, cut))));
        kinds.add(Arbitraries.strings().ofMaxLength(40).map(garbage -> new Attempt("garbage", validPath, jsonType, garbage)));
        kinds.add(Arbitraries.of("[]", "[" + json + "]", "\"" + endpoint.name() + "\"", "42", "true", "null", "{\"a\":", "}{",
                        json + json, json.replaceFirst(":", "::"), json.replace("\"", "'"))
                .map(body -> new Attempt("not an object", validPath, jsonType, body)));
        // Not application/*+json: that is JSON by its suffix, and the API reads it as such.
        kinds.add(Arbitraries.of(MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_XML_VALUE,
                        MediaType.APPLICATION_FORM_URLENCODED_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE, "text/html",
                        "image/png", "application/nonsense")
                .map(type -> new Attempt("content type " + type, validPath, type, json)));
        if (endpoint.id() != null) {
            kinds.add(badIds().map(id -> new Attempt("path id " + id, endpoint.path(id), jsonType, json)));
        }
        return Arbitraries.oneOf(kinds);
    }

    /**
     * Ids no row has and strings that are no id: negative, zero, beyond a long, words. Not "0x10":
     * Spring reads a hexadecimal path id as the number it is (case 16), which names a real row.
     */
    private static Arbitrary<String> badIds() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(Long.MIN_VALUE + 1, 0).map(String::valueOf),
                Arbitraries.longs().between(1_000_000_000_000L, Long.MAX_VALUE).map(String::valueOf),
                Arbitraries.strings().numeric().ofMinLength(20).ofMaxLength(60).map(digits -> "9" + digits),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20),
                Arbitraries.of("1.5", "1e3", "-", "+-1", "NaN", "null", "%20", "1%2F2"));
    }

    private static Arbitrary<Object> text(int max, boolean required) {
        List<Arbitrary<Object>> bad = new ArrayList<>();
        // Up to 100,000 characters; one character repeated, so a failure shrinks to the shortest too long.
        bad.add(Arbitraries.integers().between(max + 1, Math.max(max + 1, 100_000))
                .flatMap(length -> Arbitraries.of('x', 'ø', '"', '\\', '<', ' ', '\n', '€').map(c -> String.valueOf(c).repeat(length))));
        bad.add(wrongTypeForScalar());
        if (required) {
            bad.add(Arbitraries.of(ABSENT, null, "", " ", "\n\t "));
        }
        return Arbitraries.oneOf(bad);
    }

    private static Arbitrary<Object> integer(boolean required, int min, int max) {
        List<Arbitrary<Object>> bad = new ArrayList<>();
        if (min > Integer.MIN_VALUE) {
            bad.add(Arbitraries.integers().lessOrEqual(min - 1).map(i -> i));
        }
        if (max < Integer.MAX_VALUE) {
            bad.add(Arbitraries.integers().greaterOrEqual(max + 1).map(i -> i));
        }
        bad.add(Arbitraries.longs().greaterOrEqual((long) Integer.MAX_VALUE + 1).map(l -> l));
        bad.add(Arbitraries.of(new java.math.BigInteger("99999999999999999999999"), 1e300, -1e300));
        bad.add(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10).filter(s -> !s.equalsIgnoreCase("NaN")
                && !s.equalsIgnoreCase("Infinity")).map(s -> s));
        bad.add(wrongTypeForScalar());
        if (required) {
            bad.add(Arbitraries.of(ABSENT, null));
        }
        return Arbitraries.oneOf(bad);
    }

    /** An id of a referenced row: none has it, or it is no id at all. */
    private static Arbitrary<Object> id(boolean required) {
        List<Arbitrary<Object>> bad = new ArrayList<>();
        bad.add(Arbitraries.longs().between(Long.MIN_VALUE, 0).map(l -> l));
        bad.add(Arbitraries.longs().between(1_000_000_000_000L, Long.MAX_VALUE).map(l -> l));
        bad.add(Arbitraries.of(new java.math.BigInteger("99999999999999999999999"), 1e300, "abc", "1e", "0x1F"));
        bad.add(wrongTypeForScalar());
        if (required) {
            bad.add(Arbitraries.of(ABSENT, null));
        }
        return Arbitraries.oneOf(bad);
    }

    private static Arbitrary<Object> enumeration(boolean required, String... values) {
        Set<String> known = Set.of(values);
        List<Arbitrary<Object>> bad = new ArrayList<>();
        bad.add(Arbitraries.strings().withCharRange('A', 'Z').withChars('_').ofMinLength(1).ofMaxLength(30)
                .filter(s -> !known.contains(s)).map(s -> s));
        bad.add(Arbitraries.of(values).map(v -> (Object) v.toLowerCase()));
        // Not " VALUE": Jackson trims an enum's name, so that is the value itself.
        bad.add(Arbitraries.integers().between(values.length, 10_000).map(i -> i));
        bad.add(wrongTypeForScalar());
        if (required) {
            bad.add(Arbitraries.of(ABSENT, null, ""));
        }
        return Arbitraries.oneOf(bad);
    }

    private static Arbitrary<Object> bool() {
        return Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(2).ofMaxLength(10)
                        .filter(s -> !Set.of("true", "false").contains(s.toLowerCase())).map(s -> s),
                Arbitraries.integers().between(2, 1000).map(i -> i), wrongTypeForScalar());
    }

    /** A date field: not a date at all, or a real date outside what the field allows. */
    private static Arbitrary<Object> date(boolean required, Arbitrary<?> outOfRange) {
        List<Arbitrary<Object>> bad = new ArrayList<>();
        bad.add(Arbitraries.of("2024-13-01", "2024-02-30", "2023-02-29", "31-12-2024", "2024/01/01", "20240101", "tomorrow",
                "+1000000000-01-01", "-999999999-01-01", "2024-1-1", "2024-01-01T25:00", "0000-00-00"));
        bad.add(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).map(s -> s));
        bad.add(outOfRange.map(d -> d));
        bad.add(wrongTypeForScalar());
        if (required) {
            bad.add(Arbitraries.of(ABSENT, null, ""));
        }
        return Arbitraries.oneOf(bad);
    }

    private static Arbitrary<Object> dateTime(boolean required, Arbitrary<String> outOfRange) {
        List<Arbitrary<Object>> bad = new ArrayList<>();
        bad.add(Arbitraries.of("2024-13-01T10:00:00+01:00", "2024-01-01T24:61:00Z", "2024-01-01", "10:00", "now",
                "+1000000000-01-01T00:00:00Z", "2024-01-01T10:00:00+25:00"));
        bad.add(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).map(s -> s));
        bad.add(outOfRange.map(d -> d));
        bad.add(wrongTypeForScalar());
        if (required) {
            bad.add(Arbitraries.of(ABSENT, null, ""));
        }
        return Arbitraries.oneOf(bad);
    }

    private static Arbitrary<String> futureDates() {
        return Arbitraries.integers().between(1, 2_900_000).map(days -> LocalDate.now().plusDays(days).toString());
    }

    /** CPR numbers that are not one: wrong length, letters, a day no calendar has. */
    private static Arbitrary<Object> badCpr() {
        return Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(9).map(s -> s),
                Arbitraries.strings().numeric().ofMinLength(11).ofMaxLength(30).map(s -> s),
                Arbitraries.strings().alpha().ofLength(10).map(s -> s),
                Arbitraries.strings().numeric().ofLength(4).map(s -> (Object) ("3213" + "99" + s)),
                Arbitraries.of("010116-4001", "0101164001 ", "１２３４５６７８９０"),
                wrongTypeForScalar());
    }

    private static Arbitrary<Object> wrongTypeForScalar() {
        return Arbitraries.oneOf(
                Arbitraries.just(Map.of("value", "x")),
                Arbitraries.just(List.of("a", "b")),
                Arbitraries.integers().between(0, 5).map(n -> (Object) java.util.Collections.nCopies(n + 2, Map.of())));
    }

    private static Arbitrary<Object> wrongTypeForObject() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(20).map(s -> s),
                Arbitraries.integers().map(i -> i), Arbitraries.just(List.of(Map.of("name", "x"))), Arbitraries.just(true));
    }

    private static Arbitrary<Object> anyJsonValue() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(20).map(s -> s), Arbitraries.integers().map(i -> i),
                Arbitraries.just(null), Arbitraries.just(Map.of("a", 1)), Arbitraries.just(List.of(1, 2)));
    }

    private static List<Field> offerFields() {
        return List.of(new Field("name", text(200, true)),
                new Field("description", text(2000, false)),
                new Field("measureKind", enumeration(true, "FAMILY_TREATMENT", "INTENSIVE_HOME_INTERVENTION")),
                new Field("staircaseStep", integer(true, 1, 6)),
                // Valid beside the fixture's other age (0–17): anything in 0–17.
                new Field("minAge", integer(true, 0, 17)),
                new Field("maxAge", integer(true, 0, 17)),
                new Field("standardDurationWeeks", integer(false, 1, 520)),
                new Field("active", bool()));
    }

    /** The body with the field at {@code path} (dots into nested objects) set to {@code value}, or left out. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> with(Map<String, Object> body, String path, Object value) {
        Map<String, Object> copy = deepCopy(body);
        String[] parts = path.split("\\.");
        Map<String, Object> at = copy;
        for (int i = 0; i < parts.length - 1; i++) {
            at = (Map<String, Object>) at.get(parts[i]);
        }
        if (value == ABSENT) {
            at.remove(parts[parts.length - 1]);
        } else {
            at.put(parts[parts.length - 1], value);
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> body) {
        Map<String, Object> copy = new LinkedHashMap<>();
        body.forEach((key, value) -> copy.put(key, value instanceof Map<?, ?> nested
                ? deepCopy((Map<String, Object>) nested) : value));
        return copy;
    }

    private static String describe(Object value) {
        String text = value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
        return text.length() > 60 ? text.substring(0, 60) + "... (" + text.length() + " characters)" : text;
    }
}
