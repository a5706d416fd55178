package dk.trappen.prevention.internal;

import java.util.List;

import dk.trappen.prevention.RequestStatus;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PreventionRequestRepository extends JpaRepository<PreventionRequest, Long> {

    List<PreventionRequest> findByStatusOrderByReceivedAtAscIdAsc(RequestStatus status);

    List<PreventionRequest> findByTriageRoundIdOrderByTriageSlot(long roundId);

    List<PreventionRequest> findByDistributionRoundIdOrderByDistributionSlot(long roundId);
}
