package dk.trappen.casefile.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseParticipantRepository extends JpaRepository<CaseParticipant, CaseParticipant.Key> {
}
