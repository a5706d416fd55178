package dk.trappen.outbox.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OutboxLetterRepository extends JpaRepository<OutboxLetter, Long> {
    List<OutboxLetter> findByReferenceOrderById(String reference);
}
