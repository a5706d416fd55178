package dk.trappen.intake.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConcernNoteRepository extends JpaRepository<ConcernNote, Long> {
    List<ConcernNote> findByConcernIdOrderById(long concernId);
}
