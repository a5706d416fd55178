package dk.trappen.followup;

import java.time.Period;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code trappen.follow-up}: the municipality's follow-up policy (default Herning), how long before
 * a follow-up its preparation starts, and how often a placed child gets a supervision visit
 * (Barnets lov § 156 stk. 5: at least twice a year) and how early the visit's task appears.
 */
@Validated
@ConfigurationProperties("trappen.follow-up")
public record FollowUpProperties(@NotNull @DefaultValue("HERNING") FollowUpPolicy policy,
                                 @NotNull @DefaultValue("P14D") Period preparation,
                                 @NotNull @DefaultValue("P6M") Period visitInterval,
                                 @NotNull @DefaultValue("P1M") Period visitNotice) {
}
