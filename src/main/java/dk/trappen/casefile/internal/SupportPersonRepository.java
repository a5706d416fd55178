package dk.trappen.casefile.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SupportPersonRepository extends JpaRepository<SupportPersonEntity, Long> {
}
