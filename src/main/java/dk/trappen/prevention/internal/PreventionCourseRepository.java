package dk.trappen.prevention.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dk.trappen.prevention.CourseStatus;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PreventionCourseRepository extends JpaRepository<PreventionCourse, Long> {

    Optional<PreventionCourse> findByRequestId(long requestId);

    List<PreventionCourse> findByStatusInOrderById(Collection<CourseStatus> statuses);

    long countByWorkerAndStatusIn(String worker, Collection<CourseStatus> statuses);
}
