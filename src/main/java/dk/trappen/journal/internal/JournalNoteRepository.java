package dk.trappen.journal.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface JournalNoteRepository extends JpaRepository<JournalNote, Long> {

    List<JournalNote> findByCaseIdOrderByOccurredOnAscIdAsc(long caseId);

    List<JournalNote> findByConcernIdOrderByOccurredOnAscIdAsc(long concernId);
}
