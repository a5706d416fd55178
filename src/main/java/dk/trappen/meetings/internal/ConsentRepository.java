package dk.trappen.meetings.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsentRepository extends JpaRepository<ConsentEntity, Long> {

    List<ConsentEntity> findByChildIdOrderByRecordedAtDescIdDesc(long childId);
}
