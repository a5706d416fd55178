package dk.trappen.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The product's single clock. It is the engine's clock, so a test that moves the engine clock to
 * fire a timer moves the domain's "now" with it, and both agree on every deadline.
 */
@Component
public class TimeSource {

    private final ZoneId zone;

    public TimeSource(@Value("${trappen.zone:Europe/Copenhagen}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }

    /** The municipality's time zone: deadlines in days are counted on its calendar. */
    public ZoneId zone() {
        return zone;
    }

    public ZonedDateTime inZone(Instant instant) {
        return instant.atZone(zone);
    }
}
