package dk.trappen.testsupport;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Delegates for the small probe models some tests deploy. Every deployment passes the deployment
 * guard, so a probe names a bean meant for models like any model does; these exist only in tests.
 */
@Configuration
public class ProbeSteps {

    /** A step that always fails: for retries and incidents. */
    @Bean
    JavaDelegate failingStep() {
        return execution -> {
            throw new IllegalStateException("failingStep fails on purpose");
        };
    }

    /** A step that does nothing. */
    @Bean
    JavaDelegate noOpStep() {
        return execution -> { };
    }
}
