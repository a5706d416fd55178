package dk.trappen.followup.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SupervisionSampleRepository extends JpaRepository<SupervisionSampleEntity, Long> {

    List<SupervisionSampleEntity> findByPeriodAndCaseworkerOrderByPositionAsc(String period, String caseworker);

    List<SupervisionSampleEntity> findByPeriodAndTeamIdOrderByCaseworkerAscPositionAsc(String period, String teamId);
}
