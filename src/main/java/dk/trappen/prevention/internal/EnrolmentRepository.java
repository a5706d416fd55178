package dk.trappen.prevention.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    long countByOfferId(long offerId);

    boolean existsByOfferIdAndCourseId(long offerId, long courseId);

    List<Enrolment> findByCourseIdOrderByIdAsc(long courseId);
}
