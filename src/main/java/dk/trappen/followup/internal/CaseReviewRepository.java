package dk.trappen.followup.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseReviewRepository extends JpaRepository<CaseReviewEntity, Long> {

    Optional<CaseReviewEntity> findByPeriodAndTeamId(String period, String teamId);
}
