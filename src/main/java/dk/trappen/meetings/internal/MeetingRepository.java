package dk.trappen.meetings.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingRepository extends JpaRepository<MeetingEntity, Long> {

    List<MeetingEntity> findByCaseIdOrderByIdAsc(Long caseId);
}
