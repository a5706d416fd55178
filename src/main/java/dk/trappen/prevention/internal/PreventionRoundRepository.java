package dk.trappen.prevention.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PreventionRoundRepository extends JpaRepository<PreventionRound, Long> {
}
