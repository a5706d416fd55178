package dk.trappen.meetings.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionPointRepository extends JpaRepository<ActionPointEntity, Long> {

    List<ActionPointEntity> findByMeetingIdOrderByIdAsc(long meetingId);
}
