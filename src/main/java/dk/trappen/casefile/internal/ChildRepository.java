package dk.trappen.casefile.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ChildRepository extends JpaRepository<Child, Long> {
    Optional<Child> findByCpr(String cpr);

    /**
     * The child's row locked until the transaction ends (SELECT ... FOR UPDATE): the one lock that
     * serialises everything deciding "does this child have an open case, a running case process?",
     * across job executor threads and across nodes.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Child c where c.id = :id")
    Optional<Child> lockById(@Param("id") long id);
}
