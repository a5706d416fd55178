package dk.trappen.meetings.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface MeetingRepository extends JpaRepository<MeetingEntity, Long> {

    List<MeetingEntity> findByCaseIdOrderByIdAsc(Long caseId);

    /**
     * The meeting, its row locked until the transaction ends: two changes at once (a double click,
     * two caseworkers cancelling) run one after the other, and the second sees the first's result.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from MeetingEntity m where m.id = :id")
    Optional<MeetingEntity> findForChange(long id);

    @Query("select m.caseId, count(m) from MeetingEntity m where m.caseId in :caseIds"
            + " and m.status = dk.trappen.meetings.MeetingStatus.HELD and m.heldAt between :from and :to group by m.caseId")
    List<Object[]> countHeldByCase(Collection<Long> caseIds, Instant from, Instant to);
}
