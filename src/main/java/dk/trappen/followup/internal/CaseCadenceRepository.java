package dk.trappen.followup.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseCadenceRepository extends JpaRepository<CaseCadenceEntity, Long> {
}
