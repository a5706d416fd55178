package dk.trappen.outbox.internal;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutboxLetterRepository extends JpaRepository<OutboxLetter, Long> {
    List<OutboxLetter> findByReferenceOrderById(String reference);

    @Query("select l.id from OutboxLetter l where l.status = :status order by l.id")
    List<Long> findIdsByStatusOrderById(@Param("status") String status, Pageable page);

    /** 1 if this caller moved the letter from {@code from} to {@code to}; 0 if another got there first. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update OutboxLetter l set l.status = :to where l.id = :id and l.status = :from")
    int claim(@Param("id") long id, @Param("from") String from, @Param("to") String to);
}
