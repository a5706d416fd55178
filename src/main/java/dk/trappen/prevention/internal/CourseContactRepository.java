package dk.trappen.prevention.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CourseContactRepository extends JpaRepository<CourseContact, Long> {

    List<CourseContact> findByCourseIdOrderByIdAsc(long courseId);
}
