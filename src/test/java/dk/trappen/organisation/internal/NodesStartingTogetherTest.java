package dk.trappen.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two nodes starting at the same moment both bring the organisation in line (groups, grants,
 * users, Tasklist's filters). Without taking turns, the second failed its start on a duplicate key
 * or a concurrently updated grant, or both created a missing filter, after which no start could
 * find "the" filter by name again.
 */
@TrappenTest
class NodesStartingTogetherTest {

    @Autowired
    IdentitySetup identitySetup;
    @Autowired
    FilterService filters;

    @Test
    void twoStartsAtOnceBothSucceedAndLeaveEveryFilterOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            // A filter an earlier version did not have: both starts see it missing.
            Filter filter = filters.createFilterQuery().filterName(TaskFilters.DUE_THIS_WEEK).singleResult();
            filters.deleteFilter(filter.getId());

            CountDownLatch start = new CountDownLatch(1);
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> starts = new ArrayList<>();
                for (int node = 0; node < 2; node++) {
                    starts.add(nodes.submit(() -> {
                        start.await();
                        identitySetup.apply();
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> started : starts) {
                    started.get();
                }
            } finally {
                nodes.shutdown();
            }
            assertThat(filters.createFilterQuery().filterName(TaskFilters.DUE_THIS_WEEK).count())
                    .as("round %d", round).isOne();
        }
    }
}
