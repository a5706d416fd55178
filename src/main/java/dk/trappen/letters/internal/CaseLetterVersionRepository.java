package dk.trappen.letters.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseLetterVersionRepository extends JpaRepository<CaseLetterVersion, CaseLetterVersion.Key> {

    Optional<CaseLetterVersion> findByLetterIdAndVersion(long letterId, int version);
}
