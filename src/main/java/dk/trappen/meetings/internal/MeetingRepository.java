package dk.trappen.meetings.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingRepository extends JpaRepository<MeetingEntity, Long> {

    List<MeetingEntity> findByCaseIdOrderByIdAsc(Long caseId);

    @org.springframework.data.jpa.repository.Query("select m.caseId, count(m) from MeetingEntity m where m.caseId in :caseIds"
            + " and m.status = dk.trappen.meetings.MeetingStatus.HELD and m.heldAt between :from and :to group by m.caseId")
    List<Object[]> countHeldByCase(java.util.Collection<Long> caseIds, java.time.Instant from, java.time.Instant to);
}
