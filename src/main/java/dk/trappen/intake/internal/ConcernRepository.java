package dk.trappen.intake.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConcernRepository extends JpaRepository<Concern, Long> {
    Optional<Concern> findByIdempotencyOwnerAndIdempotencyKey(String owner, String key);
}
