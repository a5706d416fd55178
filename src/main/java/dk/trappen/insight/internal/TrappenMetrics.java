package dk.trappen.insight.internal;

import java.util.Date;
import java.util.List;

import dk.trappen.deadlines.TeamDeadlines;
import dk.trappen.intake.ConcernService;
import dk.trappen.platform.TimeSource;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;

/**
 * Metrics for Prometheus ({@code /actuator/prometheus}): open tasks and overdue ones by kind of
 * deadline, open incidents, and concerns received (a counter; the intake rate is its rate). Read
 * when scraped, from the engine and the domain, so they are never stale and cost nothing between scrapes.
 */
@Component
class TrappenMetrics implements MeterBinder {

    private final ProcessEngine engine;
    private final ConcernService concerns;
    private final TimeSource time;

    TrappenMetrics(ProcessEngine engine, ConcernService concerns, TimeSource time) {
        this.engine = engine;
        this.concerns = concerns;
        this.time = time;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (TeamDeadlines.Kind kind : TeamDeadlines.Kind.values()) {
            List<String> keys = TeamDeadlines.taskKeysOf(kind);
            if (keys.isEmpty()) {
                continue;
            }
            Gauge.builder("trappen.tasks.open", () -> engine.getTaskService().createTaskQuery()
                            .taskDefinitionKeyIn(keys.toArray(String[]::new)).count())
                    .description("Open user tasks by kind of deadline").tag("kind", kind.name()).register(registry);
            Gauge.builder("trappen.tasks.overdue", () -> engine.getTaskService().createTaskQuery()
                            .taskDefinitionKeyIn(keys.toArray(String[]::new)).dueBefore(Date.from(time.now())).count())
                    .description("Open user tasks past their due date, by kind of deadline").tag("kind", kind.name())
                    .register(registry);
        }
        Gauge.builder("trappen.incidents.open", () -> engine.getRuntimeService().createIncidentQuery().count())
                .description("Open incidents (failed jobs after their retries)").register(registry);
        FunctionCounter.builder("trappen.concerns.received", concerns, ConcernService::totalReceived)
                .description("Concerns received since the start of the database").register(registry);
    }
}
