package dk.trappen.models.internal;

import dk.trappen.models.ModelDrift;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * {@code trappen_model_drift{model="intake"}}: 1 while the latest deployed version of a model of the
 * build is not the build's file, else 0. Read when scraped: one latest-version query per model; the
 * deployed files' hashes are cached by deployment, so a scrape never reads a model twice.
 */
@Component
class DriftMetrics implements MeterBinder {

    private final ModelDrift drift;

    DriftMetrics(ModelDrift drift) {
        this.drift = drift;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String key : drift.keys()) {
            Gauge.builder("trappen.model.drift", () -> drift.drifted(key) ? 1 : 0)
                    .description("1 when the latest deployed version of the model differs from the build's file in bpmn/")
                    .tag("model", key).register(registry);
        }
    }
}
