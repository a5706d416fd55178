package dk.trappen.prevention.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GroupOfferRepository extends JpaRepository<GroupOfferEntity, Long> {

    List<GroupOfferEntity> findByEndsOnGreaterThanEqualOrderByStartsOnAscIdAsc(LocalDate day);
}
