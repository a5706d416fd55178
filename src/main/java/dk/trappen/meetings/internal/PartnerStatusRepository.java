package dk.trappen.meetings.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerStatusRepository extends JpaRepository<PartnerStatusEntity, Long> {

    List<PartnerStatusEntity> findByMeetingIdOrderBySubmittedAtAscIdAsc(long meetingId);
}
