package dk.trappen.staircase.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OfferRepository extends JpaRepository<OfferEntity, Long> {
    List<OfferEntity> findAllByOrderByStaircaseStepAscNameAsc();
}
