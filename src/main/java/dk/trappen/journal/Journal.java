package dk.trappen.journal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dk.trappen.casefile.AccessChannel;
import dk.trappen.casefile.CaseAccess;
import dk.trappen.casefile.CaseRef;
import dk.trappen.intake.ConcernService;
import dk.trappen.intake.ConcernSubject;
import dk.trappen.journal.internal.DocumentTypes;
import dk.trappen.journal.internal.JournalDocument;
import dk.trappen.journal.internal.JournalDocumentContent;
import dk.trappen.journal.internal.JournalDocumentContentRepository;
import dk.trappen.journal.internal.JournalDocumentRepository;
import dk.trappen.journal.internal.JournalNote;
import dk.trappen.journal.internal.JournalNoteRepository;
import dk.trappen.organisation.CurrentUser;
import dk.trappen.platform.InvalidInputException;
import dk.trappen.platform.NotFoundException;
import dk.trappen.platform.Problems;
import dk.trappen.platform.TimeSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The journal of a case or a concern (notatpligt, offentlighedsloven § 13): notes of what the
 * authority learned by phone, visit, meeting or e-mail, and the documents it received. Nothing is
 * ever edited or deleted; a correction is a new note pointing to the one it corrects. Rights are the
 * case's or the concern's own; every read is audit-logged.
 */
@Service
@Transactional
public class Journal {

    /** At most 20 MB per document. */
    public static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;
    static final int MAX_NOTE = 20_000;
    static final int MAX_TITLE = 200;

    private final JournalNoteRepository notes;
    private final JournalDocumentRepository documents;
    private final JournalDocumentContentRepository contents;
    private final DocumentTypes types;
    private final CaseAccess access;
    private final ConcernService concerns;
    private final TimeSource time;

    Journal(JournalNoteRepository notes, JournalDocumentRepository documents, JournalDocumentContentRepository contents,
            DocumentTypes types, CaseAccess access, ConcernService concerns, TimeSource time) {
        this.notes = notes;
        this.documents = documents;
        this.contents = contents;
        this.types = types;
        this.access = access;
        this.concerns = concerns;
        this.time = time;
    }

    /** Who a record hangs on: a case or a concern, with the child whose record it is. */
    private record Subject(Long caseId, Long concernId, long childId, String number) {
    }

    // ---- notes ---------------------------------------------------------------------------------

    public JournalNoteView addCaseNote(long caseId, JournalNoteInput input, CurrentUser user) {
        return addNote(caseForWrite(caseId, user), input, user);
    }

    public JournalNoteView addConcernNote(long concernId, JournalNoteInput input, CurrentUser user) {
        return addNote(concernFor(concernId, user, AccessChannel.API, "Notat på underretning", false), input, user);
    }

    public List<JournalNoteView> caseNotes(long caseId, CurrentUser user, AccessChannel channel) {
        access.read(caseId, user, channel, "Journalnotater");
        return views(notes.findByCaseIdOrderByOccurredOnAscIdAsc(caseId));
    }

    public List<JournalNoteView> concernNotes(long concernId, CurrentUser user, AccessChannel channel) {
        concernFor(concernId, user, channel, "Journalnotater", true);
        return views(notes.findByConcernIdOrderByOccurredOnAscIdAsc(concernId));
    }

    // ---- documents -----------------------------------------------------------------------------

    public DocumentView addCaseDocument(long caseId, DocumentUpload upload, CurrentUser user) {
        return addDocument(caseForWrite(caseId, user), upload, user);
    }

    public DocumentView addConcernDocument(long concernId, DocumentUpload upload, CurrentUser user) {
        return addDocument(concernFor(concernId, user, AccessChannel.API, "Dokument på underretning", false), upload, user);
    }

    public List<DocumentView> caseDocuments(long caseId, CurrentUser user, AccessChannel channel) {
        access.read(caseId, user, channel, "Dokumenter");
        return documents.findByCaseIdOrderByUploadedAtAscIdAsc(caseId).stream().map(JournalDocument::toView).toList();
    }

    public List<DocumentView> concernDocuments(long concernId, CurrentUser user, AccessChannel channel) {
        concernFor(concernId, user, channel, "Dokumenter", true);
        return documents.findByConcernIdOrderByUploadedAtAscIdAsc(concernId).stream().map(JournalDocument::toView).toList();
    }

    /** A document with its bytes exactly as uploaded, for a reader of its case or concern. Audit-logged. */
    public StoredDocument document(long documentId, CurrentUser user, AccessChannel channel) {
        access.requireReader(user);
        JournalDocument document = documents.findById(documentId)
                .orElseThrow(() -> new NotFoundException("Dokument " + documentId + " findes ikke"));
        if (document.caseId() != null) {
            access.read(document.caseId(), user, channel, "Dokument " + documentId + " i");
        } else {
            concernFor(document.concernId(), user, channel, "Dokument " + documentId + " i", true);
        }
        byte[] content = contents.findById(documentId).orElseThrow().content();
        return new StoredDocument(document.toView(), content);
    }

    // ---- the case page's journal ---------------------------------------------------------------

    /** Notes and documents of a case, for its chronological journal (the reader is checked by the caller). */
    @Transactional(readOnly = true)
    public List<JournalNoteView> notesOfCase(long caseId) {
        return views(notes.findByCaseIdOrderByOccurredOnAscIdAsc(caseId));
    }

    @Transactional(readOnly = true)
    public List<DocumentView> documentsOfCase(long caseId) {
        return documents.findByCaseIdOrderByUploadedAtAscIdAsc(caseId).stream().map(JournalDocument::toView).toList();
    }

    // ---- inside --------------------------------------------------------------------------------

    private JournalNoteView addNote(Subject subject, JournalNoteInput input, CurrentUser user) {
        Problems problems = new Problems();
        if (input == null) {
            throw InvalidInputException.of("body", "skal udfyldes");
        }
        problems.require("kind", input.kind());
        if (problems.require("occurredOn", input.occurredOn()) && input.occurredOn().isAfter(time.today())) {
            problems.add("occurredOn", "kan ikke ligge i fremtiden");
        }
        problems.require("text", input.text());
        problems.maxLength("text", input.text(), MAX_NOTE);
        if (input.corrects() != null) {
            Optional<JournalNote> corrected = notes.findById(input.corrects());
            boolean sameSubject = corrected.isPresent()
                    && java.util.Objects.equals(corrected.get().caseId(), subject.caseId())
                    && java.util.Objects.equals(corrected.get().concernId(), subject.concernId());
            if (!sameSubject) {
                problems.add("corrects", "er ikke et notat i samme " + (subject.caseId() != null ? "sag" : "underretning"));
            }
        }
        problems.throwIfAny();
        JournalNote note = notes.save(new JournalNote(subject.caseId(), subject.concernId(), input.kind(),
                input.occurredOn(), input.text().strip(), input.corrects(), user.id(), time.now()));
        return note.toView(null);
    }

    private DocumentView addDocument(Subject subject, DocumentUpload upload, CurrentUser user) {
        Problems problems = new Problems();
        byte[] content = upload == null ? null : upload.content();
        String fileName = upload == null || upload.fileName() == null || upload.fileName().isBlank() ? null
                : upload.fileName().strip();
        String title = upload == null || upload.title() == null || upload.title().isBlank() ? null : upload.title().strip();
        problems.maxLength("title", title, MAX_TITLE);
        if (fileName != null && fileName.length() > 255) {
            problems.add("file", "filnavnet må højst være 255 tegn");
        }
        String contentType = null;
        if (content == null || content.length == 0) {
            problems.add("file", "skal udfyldes med en fil, der ikke er tom");
        } else if (content.length > MAX_DOCUMENT_BYTES) {
            problems.add("file", "må højst fylde 20 MB (filen fylder " + (content.length / (1024 * 1024)) + " MB)");
        } else {
            String[] detected = new String[1];
            Optional<String> allowed = types.allowedType(content, fileName, detected);
            if (allowed.isEmpty()) {
                problems.add("file", "filtypen (" + detected[0] + ", læst ud fra indholdet) er ikke tilladt: "
                        + "kun PDF, billeder og Word- eller Excel-dokumenter");
            } else {
                contentType = allowed.get();
            }
        }
        problems.throwIfAny();
        JournalDocument document = documents.save(new JournalDocument(subject.caseId(), subject.concernId(), title,
                fileName, contentType, content.length, sha256(content), user.id(), time.now()));
        contents.save(new JournalDocumentContent(document.id(), content));
        return document.toView();
    }

    private Subject caseForWrite(long caseId, CurrentUser user) {
        CaseRef ref = access.write(caseId, user, AccessChannel.API, "Journal i sag");
        return new Subject(ref.id(), null, ref.childId(), ref.caseNumber());
    }

    /** A concern's rights are its team's (and intake's), as for the concern itself; reads are logged. */
    private Subject concernFor(long concernId, CurrentUser user, AccessChannel channel, String purpose, boolean read) {
        access.requireReader(user);
        ConcernSubject concern = concerns.subject(concernId);
        String what = purpose + " underretning " + concern.concernNumber();
        if (!access.mayAccess(user, concern.teamId())) {
            throw access.refused(concern.childId(), user, channel, what, "Underretningen hører under et andet team.");
        }
        if (read) {
            access.logRead(concern.childId(), user, channel, what);
        }
        return new Subject(null, concernId, concern.childId(), concern.concernNumber());
    }

    private static List<JournalNoteView> views(List<JournalNote> all) {
        Map<Long, Long> correctedBy = all.stream().filter(note -> note.corrects() != null)
                .collect(Collectors.toMap(JournalNote::corrects, JournalNote::id, (first, later) -> later));
        return all.stream().map(note -> note.toView(correctedBy.get(note.id()))).toList();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
