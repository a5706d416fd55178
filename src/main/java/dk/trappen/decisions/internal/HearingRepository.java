package dk.trappen.decisions.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HearingRepository extends JpaRepository<HearingEntity, Long> {
}
