package dk.trappen.casefile.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ChildCaseRepository extends JpaRepository<ChildCase, Long> {

    Optional<ChildCase> findFirstByChildIdAndStatus(long childId, ChildCase.Status status);

    /** The newest case of a child, open or closed: what the case overview shows. */
    Optional<ChildCase> findFirstByChildIdOrderByOpenedAtDescIdDesc(long childId);

    List<ChildCase> findByTeamIdAndStatusOrderByIdAsc(String teamId, ChildCase.Status status);

    List<ChildCase> findByTeamIdOrderByIdAsc(String teamId);

    long countByCaseworkerAndStatus(String caseworker, ChildCase.Status status);

    /** Open cases per caseworker: [caseworker, count]. */
    @Query("select c.caseworker, count(c) from ChildCase c where c.status = dk.trappen.casefile.internal.ChildCase.Status.OPEN group by c.caseworker")
    List<Object[]> countOpenByCaseworker();
}
