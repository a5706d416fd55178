package dk.trappen.staircase.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReturnHomeRepository extends JpaRepository<ReturnHomeEntity, Long> {
}
