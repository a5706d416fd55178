package dk.trappen.journal.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface JournalDocumentContentRepository extends JpaRepository<JournalDocumentContent, Long> {
}
