package dk.trappen.letters.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseLetterRepository extends JpaRepository<CaseLetter, Long> {

    List<CaseLetter> findByCaseIdOrderByIdAsc(long caseId);

    List<CaseLetter> findByDecisionIdOrderByIdAsc(long decisionId);

    List<CaseLetter> findByDecisionIdInOrderByIdAsc(java.util.Collection<Long> decisionIds);
}
