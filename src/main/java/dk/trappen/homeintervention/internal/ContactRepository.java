package dk.trappen.homeintervention.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactRepository extends JpaRepository<ContactEntity, Long> {

    List<ContactEntity> findByInterventionIdOrderByContactOnAscIdAsc(long interventionId);
}
