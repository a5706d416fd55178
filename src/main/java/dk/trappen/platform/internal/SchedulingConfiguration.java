package dk.trappen.platform.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Nightly housekeeping of the domain (e.g. the audit log's retention); the engine has its own job executor. */
@Configuration
@EnableScheduling
class SchedulingConfiguration {
}
