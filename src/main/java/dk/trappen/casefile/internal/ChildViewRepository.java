package dk.trappen.casefile.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ChildViewRepository extends JpaRepository<ChildViewEntity, Long> {

    List<ChildViewEntity> findByMeasureIdOrderByIdAsc(long measureId);

    boolean existsByMeasureId(long measureId);
}
