package dk.trappen.casefile;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code trappen.caseload}: open cases per caseworker the municipality aims at, and its ceiling. */
@Validated
@ConfigurationProperties("trappen.caseload")
public record CaseloadProperties(@Min(1) int target, @Min(1) int max) {
}
