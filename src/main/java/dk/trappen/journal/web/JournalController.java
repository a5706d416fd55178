package dk.trappen.journal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

import dk.trappen.casefile.AccessChannel;
import dk.trappen.journal.DocumentUpload;
import dk.trappen.journal.DocumentView;
import dk.trappen.journal.Journal;
import dk.trappen.journal.JournalNoteInput;
import dk.trappen.journal.JournalNoteView;
import dk.trappen.journal.StoredDocument;
import dk.trappen.organisation.Organisation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Journal notes and documents of a case and of a concern over HTTP; rights are the case's or the concern's. */
@RestController
class JournalController {

    private final Journal journal;
    private final Organisation organisation;

    JournalController(Journal journal, Organisation organisation) {
        this.journal = journal;
        this.organisation = organisation;
    }

    @PostMapping("/api/cases/{caseId}/notes")
    ResponseEntity<JournalNoteView> addCaseNote(@PathVariable long caseId, @RequestBody JournalNoteInput input) {
        JournalNoteView note = journal.addCaseNote(caseId, input, organisation.currentUser());
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/notes")).body(note);
    }

    @GetMapping("/api/cases/{caseId}/notes")
    List<JournalNoteView> caseNotes(@PathVariable long caseId) {
        return journal.caseNotes(caseId, organisation.currentUser(), AccessChannel.API);
    }

    @PostMapping("/api/concerns/{concernId}/notes")
    ResponseEntity<JournalNoteView> addConcernNote(@PathVariable long concernId, @RequestBody JournalNoteInput input) {
        JournalNoteView note = journal.addConcernNote(concernId, input, organisation.currentUser());
        return ResponseEntity.created(URI.create("/api/concerns/" + concernId + "/notes")).body(note);
    }

    @GetMapping("/api/concerns/{concernId}/notes")
    List<JournalNoteView> concernNotes(@PathVariable long concernId) {
        return journal.concernNotes(concernId, organisation.currentUser(), AccessChannel.API);
    }

    @PostMapping(path = "/api/cases/{caseId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentView> addCaseDocument(@PathVariable long caseId,
                                                 @RequestParam(name = "file", required = false) MultipartFile file,
                                                 @RequestParam(name = "title", required = false) String title) {
        DocumentView document = journal.addCaseDocument(caseId, upload(file, title), organisation.currentUser());
        return ResponseEntity.created(URI.create("/api/documents/" + document.id())).body(document);
    }

    @GetMapping("/api/cases/{caseId}/documents")
    List<DocumentView> caseDocuments(@PathVariable long caseId) {
        return journal.caseDocuments(caseId, organisation.currentUser(), AccessChannel.API);
    }

    @PostMapping(path = "/api/concerns/{concernId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentView> addConcernDocument(@PathVariable long concernId,
                                                    @RequestParam(name = "file", required = false) MultipartFile file,
                                                    @RequestParam(name = "title", required = false) String title) {
        DocumentView document = journal.addConcernDocument(concernId, upload(file, title), organisation.currentUser());
        return ResponseEntity.created(URI.create("/api/documents/" + document.id())).body(document);
    }

    @GetMapping("/api/concerns/{concernId}/documents")
    List<DocumentView> concernDocuments(@PathVariable long concernId) {
        return journal.concernDocuments(concernId, organisation.currentUser(), AccessChannel.API);
    }

    /** The bytes as uploaded, as an attachment (never rendered inline by the browser in our origin). */
    @GetMapping("/api/documents/{id}")
    ResponseEntity<byte[]> document(@PathVariable long id) {
        return document(id, AccessChannel.API);
    }

    /** The same bytes from the case page, in the caseworker's Tasklist session. */
    @GetMapping("/app/documents/{id}")
    ResponseEntity<byte[]> documentFromCasePage(@PathVariable long id) {
        return document(id, AccessChannel.TASK);
    }

    private ResponseEntity<byte[]> document(long id, AccessChannel channel) {
        StoredDocument stored = journal.document(id, organisation.currentUser(), channel);
        String name = stored.document().fileName() != null ? stored.document().fileName() : "dokument-" + id;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.document().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + stored.document().sha256())
                .body(stored.content());
    }

    private static DocumentUpload upload(MultipartFile file, String title) {
        if (file == null) {
            return new DocumentUpload(null, title, null);
        }
        try {
            return new DocumentUpload(file.getOriginalFilename(), title, file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
