package dk.trappen.casefile.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ChildRepository extends JpaRepository<Child, Long> {
    Optional<Child> findByCpr(String cpr);
}
