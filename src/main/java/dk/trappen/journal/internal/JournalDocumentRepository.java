package dk.trappen.journal.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface JournalDocumentRepository extends JpaRepository<JournalDocument, Long> {

    List<JournalDocument> findByCaseIdOrderByUploadedAtAscIdAsc(long caseId);

    List<JournalDocument> findByConcernIdOrderByUploadedAtAscIdAsc(long concernId);
}
