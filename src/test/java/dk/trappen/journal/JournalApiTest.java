package dk.trappen.journal;

import static dk.trappen.testsupport.ApiClient.assertProblem;
import static dk.trappen.testsupport.ApiClient.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dk.trappen.casefile.CaseRef;
import dk.trappen.casefile.ChildCases;
import dk.trappen.casefile.ChildRegistry;
import dk.trappen.intake.ConcernLevel;
import dk.trappen.intake.ConcernService;
import dk.trappen.intake.RegisteredConcern;
import dk.trappen.organisation.Organisation;
import dk.trappen.staircase.Measures;
import dk.trappen.staircase.OfferCatalogue;
import dk.trappen.testsupport.ApiClient;
import dk.trappen.testsupport.ApiClient.Reply;
import dk.trappen.testsupport.Concerns;
import dk.trappen.testsupport.EngineDriver;
import dk.trappen.testsupport.RecordScenarios;
import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Journal notes and documents over real HTTP, on a case and on a concern: written and read by the
 * case's team, refused (403) to another team, bad input refused (400 naming the field) with nothing
 * stored, documents typed by their content and read back byte-identical, every read audit-logged.
 */
@TrappenTest
class JournalApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ChildRegistry registry;
    @Autowired
    ChildCases cases;
    @Autowired
    Measures measures;
    @Autowired
    dk.trappen.casefile.Investigations investigations;
    @Autowired
    OfferCatalogue catalogue;
    @Autowired
    Organisation organisation;
    @Autowired
    ConcernService concerns;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient http;
    RecordScenarios record;
    RestClient raw;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
        record = new RecordScenarios(registry, cases, measures, catalogue, organisation, investigations);
        raw = RestClient.builder().baseUrl("http://localhost:" + port).requestFactory(new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build())).build();
    }

    CaseRef nordCase() {
        return record.openCase("Journal Testesen", LocalDate.now().minusYears(8), "nord", "cnord1");
    }

    long accessRows(long childId) {
        return jdbc.queryForObject("select count(*) from child_access_log where child_id = ?", Long.class, childId);
    }

    long notesOf(long caseId) {
        return jdbc.queryForObject("select count(*) from journal_note where case_id = ?", Long.class, caseId);
    }

    long documentsOf(long caseId) {
        return jdbc.queryForObject("select count(*) from journal_document where case_id = ?", Long.class, caseId);
    }

    Reply upload(String user, String path, String fileName, byte[] content, String title) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        if (content != null) {
            parts.add("file", new ByteArrayResource(content) {
                @Override
                public String getFilename() {
                    return fileName;
                }
            });
        }
        if (title != null) {
            parts.add("title", title);
        }
        return raw.post().uri(path).headers(h -> h.setBasicAuth(user, ApiClient.password(user), StandardCharsets.UTF_8))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .exchange((req, res) -> new Reply(res.getStatusCode().value(), res.getHeaders(),
                        new String(res.getBody().readAllBytes(), StandardCharsets.ISO_8859_1)));
    }

    byte[] download(String user, String path, int[] status) {
        return raw.get().uri(path).headers(h -> h.setBasicAuth(user, ApiClient.password(user), StandardCharsets.UTF_8))
                .exchange((req, res) -> {
                    status[0] = res.getStatusCode().value();
                    return res.getBody().readAllBytes();
                });
    }

    @Test
    void theCasesTeamWritesNotesThatAreNeverChangedAndACorrectionPointsToTheOldOne() throws IOException {
        CaseRef ref = nordCase();
        Reply first = http.post("cnord1", "/api/cases/" + ref.id() + "/notes", Map.of("kind", "TELEPHONE",
                "occurredOn", LocalDate.now().minusDays(1).toString(), "text", "Mor ringede: Emil sover dårligt."));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        long firstId = first.json().path("id").asLong();
        assertThat(first.json().path("kindName").asText()).isEqualTo("Telefonsamtale");
        assertThat(first.json().path("author").asText()).isEqualTo("cnord1");

        Reply correction = http.post("lnord", "/api/cases/" + ref.id() + "/notes", Map.of("kind", "TELEPHONE",
                "occurredOn", LocalDate.now().minusDays(1).toString(), "text", "Rettelse: det var far, der ringede.",
                "corrects", firstId));
        assertThat(correction.status()).as(correction.body()).isEqualTo(201);

        long before = accessRows(ref.childId());
        Reply list = http.get("cnord2", "/api/cases/" + ref.id() + "/notes");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        JsonNode notes = list.json();
        assertThat(notes).hasSize(2);
        assertThat(notes.get(0).path("text").asText()).isEqualTo("Mor ringede: Emil sover dårligt.");
        assertThat(notes.get(0).path("correctedBy").asLong()).isEqualTo(correction.json().path("id").asLong());
        assertThat(notes.get(1).path("corrects").asLong()).isEqualTo(firstId);
        assertThat(accessRows(ref.childId())).as("the read is audit-logged").isEqualTo(before + 1);

        // Nothing edits or deletes a note: the API has no such verbs.
        assertThat(http.put("cnord1", "/api/cases/" + ref.id() + "/notes", Map.of("text", "x")).status()).isIn(405, 404);
    }

    @Test
    void anotherTeamIsRefusedAndTheAttemptIsLogged() throws IOException {
        CaseRef ref = nordCase();
        long before = accessRows(ref.childId());
        assertProblem(http.get("csyd1", "/api/cases/" + ref.id() + "/notes"), 403);
        assertProblem(http.post("csyd1", "/api/cases/" + ref.id() + "/notes", Map.of("kind", "OTHER",
                "occurredOn", LocalDate.now().toString(), "text", "Fra et andet team.")), 403);
        assertThat(upload("lsyd", "/api/cases/" + ref.id() + "/documents", "a.pdf", RecordScenarios.pdf(), null).status())
                .isEqualTo(403);
        assertProblem(http.get("therapist", "/api/cases/" + ref.id() + "/documents"), 403);
        assertThat(notesOf(ref.id())).isZero();
        assertThat(documentsOf(ref.id())).isZero();
        assertThat(accessRows(ref.childId())).as("refused attempts stay visible").isGreaterThan(before);
    }

    @Test
    void anEmptyNoteAFutureDayOrAnUnknownKindIsRefusedNamingTheFieldAndNothingIsStored() throws IOException {
        CaseRef ref = nordCase();
        Reply empty = http.post("cnord1", "/api/cases/" + ref.id() + "/notes", Map.of("kind", "HOME_VISIT",
                "occurredOn", LocalDate.now().toString(), "text", "   "));
        assertProblem(empty, 400);
        assertThat(errorFields(empty)).containsExactly("text");

        Reply future = http.post("cnord1", "/api/cases/" + ref.id() + "/notes", Map.of("kind", "MEETING",
                "occurredOn", LocalDate.now().plusDays(2).toString(), "text", "Møde i morgen."));
        assertThat(errorFields(future)).containsExactly("occurredOn");

        Reply kind = http.post("cnord1", "/api/cases/" + ref.id() + "/notes", Map.of("kind", "GOSSIP",
                "occurredOn", LocalDate.now().toString(), "text", "Sladder."));
        assertProblem(kind, 400);
        assertThat(errorFields(kind)).containsExactly("kind");

        Reply nothing = http.post("cnord1", "/api/cases/" + ref.id() + "/notes", Map.of());
        assertThat(errorFields(nothing)).contains("kind", "occurredOn", "text");

        CaseRef other = nordCase();
        long foreign = http.post("cnord1", "/api/cases/" + other.id() + "/notes", Map.of("kind", "EMAIL",
                "occurredOn", LocalDate.now().toString(), "text", "I en anden sag.")).json().path("id").asLong();
        Reply wrongCorrection = http.post("cnord1", "/api/cases/" + ref.id() + "/notes", Map.of("kind", "EMAIL",
                "occurredOn", LocalDate.now().toString(), "text", "Retter en anden sags notat.", "corrects", foreign));
        assertThat(errorFields(wrongCorrection)).containsExactly("corrects");
        assertThat(notesOf(ref.id())).isZero();
    }

    @Test
    void aDocumentIsTypedByItsContentStoredWithItsChecksumAndReadBackByteIdentical() throws Exception {
        CaseRef ref = nordCase();
        byte[] pdf = RecordScenarios.pdf();
        Reply created = upload("cnord1", "/api/cases/" + ref.id() + "/documents", "skoleudtalelse.bin", pdf,
                "Skolens udtalelse");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode document = ApiClient.JSON.readTree(created.body());
        assertThat(document.path("contentType").asText()).isEqualTo("application/pdf");
        assertThat(document.path("size").asLong()).isEqualTo(pdf.length);
        assertThat(document.path("sha256").asText())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));

        long before = accessRows(ref.childId());
        int[] status = new int[1];
        byte[] back = download("cnord2", "/api/documents/" + document.path("id").asLong(), status);
        assertThat(status[0]).isEqualTo(200);
        assertThat(back).isEqualTo(pdf);
        assertThat(accessRows(ref.childId())).isEqualTo(before + 1);
        download("csyd1", "/api/documents/" + document.path("id").asLong(), status);
        assertThat(status[0]).isEqualTo(403);

        Reply word = upload("cnord1", "/api/cases/" + ref.id() + "/documents", "psykolog.docx", RecordScenarios.docx(), null);
        assertThat(word.status()).as(word.body()).isEqualTo(201);
        assertThat(ApiClient.JSON.readTree(word.body()).path("contentType").asText())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        Reply image = upload("cnord1", "/api/cases/" + ref.id() + "/documents", "foto", RecordScenarios.png(), null);
        assertThat(ApiClient.JSON.readTree(image.body()).path("contentType").asText()).isEqualTo("image/png");

        Reply list = http.get("lnord", "/api/cases/" + ref.id() + "/documents");
        assertThat(list.json()).extracting(d -> d.path("title").asText()).contains("Skolens udtalelse");
    }

    @Test
    void anExecutableRenamedPdfTextAnEmptyFileOrNoFileIsRefusedAndNothingStored() throws IOException {
        CaseRef ref = nordCase();
        for (Reply refused : new Reply[] {
                upload("cnord1", "/api/cases/" + ref.id() + "/documents", "rapport.pdf", RecordScenarios.executable(), null),
                upload("cnord1", "/api/cases/" + ref.id() + "/documents", "notat.pdf",
                        "bare tekst, ikke en pdf".getBytes(StandardCharsets.UTF_8), null),
                upload("cnord1", "/api/cases/" + ref.id() + "/documents", "tom.pdf", new byte[0], null),
                upload("cnord1", "/api/cases/" + ref.id() + "/documents", null, null, "Uden fil")}) {
            assertProblem(refused, 400);
            assertThat(errorFields(refused)).containsExactly("file");
        }
        assertThat(documentsOf(ref.id())).isZero();
    }

    @Test
    void aDocumentOver20MbIsRefusedNamingTheFile() throws IOException {
        CaseRef ref = nordCase();
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        byte[] pdf = RecordScenarios.pdf();
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        Reply refused = upload("cnord1", "/api/cases/" + ref.id() + "/documents", "stor.pdf", big, null);
        assertProblem(refused, 400);
        assertThat(errorFields(refused)).containsExactly("file");
        assertThat(refused.json().path("errors").get(0).path("message").asText()).contains("20 MB");
        assertThat(documentsOf(ref.id())).isZero();
    }

    @Test
    void aConcernHasNotesAndDocumentsWithTheConcernsRights() throws IOException {
        LocalDate born = LocalDate.now().minusYears(6);
        RegisteredConcern concern = new EngineDriver(processEngine).as("intake", () -> concerns.register(
                Concerns.professional(Concerns.newCpr(born), "Underretning Testesen", born, OffsetDateTime.now().minusHours(1),
                        ConcernLevel.DECLINING, false), null));
        Reply note = http.post("intake", "/api/concerns/" + concern.id() + "/notes", Map.of("kind", "TELEPHONE",
                "occurredOn", LocalDate.now().toString(), "text", "Skolen ringede og uddybede underretningen."));
        assertThat(note.status()).as(note.body()).isEqualTo(201);
        Reply document = upload("cnord1", "/api/concerns/" + concern.id() + "/documents", "skolen.pdf",
                RecordScenarios.pdf(), "Skolens uddybning");
        assertThat(document.status()).as(document.body()).isEqualTo(201);

        assertThat(http.get("cnord2", "/api/concerns/" + concern.id() + "/notes").json()).singleElement()
                .satisfies(n -> assertThat(n.path("text").asText()).startsWith("Skolen ringede"));
        assertThat(http.get("cnord2", "/api/concerns/" + concern.id() + "/documents").json()).singleElement()
                .satisfies(d -> assertThat(d.path("contentType").asText()).isEqualTo("application/pdf"));
        assertProblem(http.get("csyd2", "/api/concerns/" + concern.id() + "/notes"), 403);
        assertProblem(http.post("csyd2", "/api/concerns/" + concern.id() + "/notes", Map.of("kind", "OTHER",
                "occurredOn", LocalDate.now().toString(), "text", "Nej.")), 403);
        assertProblem(http.get("cnord1", "/api/concerns/999999999/notes"), 404);
    }
}
