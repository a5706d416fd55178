package dk.trappen.deadlines.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LegalRuleRepository extends JpaRepository<LegalRuleEntity, String> {
    List<LegalRuleEntity> findAllByOrderByCode();
}
