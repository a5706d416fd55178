package dk.trappen.outbox.internal;

import dk.trappen.outbox.OutboxDispatcher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every node sends ready letters now and then; the claim in {@link OutboxDispatcher} keeps them apart. */
@Component
@ConditionalOnProperty(name = "trappen.outbox.dispatch-enabled", havingValue = "true", matchIfMissing = true)
class OutboxSchedule {

    private final OutboxDispatcher dispatcher;

    OutboxSchedule(OutboxDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${trappen.outbox.dispatch-interval:PT1M}", initialDelayString = "${trappen.outbox.dispatch-interval:PT1M}")
    void dispatch() {
        dispatcher.dispatchReady(100);
    }
}
