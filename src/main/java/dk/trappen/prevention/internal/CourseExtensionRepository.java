package dk.trappen.prevention.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CourseExtensionRepository extends JpaRepository<CourseExtension, Long> {

    List<CourseExtension> findByCourseIdOrderByIdAsc(long courseId);
}
