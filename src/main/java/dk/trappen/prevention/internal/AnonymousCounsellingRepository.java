package dk.trappen.prevention.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AnonymousCounsellingRepository extends JpaRepository<AnonymousCounselling, Long> {
}
