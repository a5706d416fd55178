package dk.trappen.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import dk.trappen.testsupport.ApiClient;
import dk.trappen.testsupport.TrappenTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * Issue 19, point 4: eleven wrong passwords a minute apart locked any account for good, so anyone
 * could lock out the intake desk. The throttling stays; the lock now expires after 15 minutes, or
 * an administrator lifts it (logged and counted). The engine clock is moved, never slept on.
 */
@TrappenTest
class LoginLockTest {

    static final String USER = "laasetest";
    static final String PASSWORD = "Rigtigt-kodeord-19";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    MeterRegistry meters;

    Instant now;

    @BeforeEach
    void aFreshAccount() {
        if (identity.createUserQuery().userId(USER).count() == 0) {
            User user = identity.newUser(USER);
            user.setFirstName("Låse");
            user.setLastName("Test");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
        }
        identity.unlockUser(USER);
        now = Instant.now();
        ClockUtil.setCurrentTime(Date.from(now));
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    private void later(Duration duration) {
        now = now.plus(duration);
        ClockUtil.setCurrentTime(Date.from(now));
    }

    private void elevenWrongPasswordsAMinuteApart() {
        for (int i = 0; i < 11; i++) {
            assertThat(identity.checkPassword(USER, "forkert-" + i)).isFalse();
            later(Duration.ofMinutes(1));
        }
    }

    @Test
    void aLockExpiresAfterFifteenMinutesAndCountingStartsOver() {
        double locked = counter("trappen.accounts.locked");
        elevenWrongPasswordsAMinuteApart();
        assertThat(identity.checkPassword(USER, PASSWORD)).as("locked: even the right password is refused").isFalse();
        assertThat(new ApiClient(port).send(HttpMethod.GET, "/engine-rest/user/" + USER + "/profile", USER, PASSWORD,
                null, h -> { }).status()).as("over HTTP Basic too").isEqualTo(401);
        later(Duration.ofMinutes(10));
        assertThat(identity.checkPassword(USER, PASSWORD)).as("10 minutes later").isFalse();
        later(Duration.ofMinutes(6));
        assertThat(identity.checkPassword(USER, PASSWORD)).as("the lock has expired").isTrue();
        assertThat(counter("trappen.accounts.locked")).isGreaterThan(locked);

        // The throttling is still there: a wrong password makes the next attempt wait (3 s after the first).
        assertThat(identity.checkPassword(USER, "forkert")).isFalse();
        assertThat(identity.checkPassword(USER, PASSWORD)).as("within the delay").isFalse();
        later(Duration.ofSeconds(4));
        assertThat(identity.checkPassword(USER, PASSWORD)).as("after the delay").isTrue();
    }

    @Test
    void anAdministratorLiftsALockAndItIsCounted() {
        elevenWrongPasswordsAMinuteApart();
        assertThat(identity.checkPassword(USER, PASSWORD)).isFalse();
        double unlocked = counter("trappen.accounts.unlocked");
        ApiClient http = new ApiClient(port);
        assertThat(http.post("intake", "/engine-rest/user/" + USER + "/unlock", "").status())
                .as("only an administrator unlocks").isEqualTo(403);
        assertThat(http.post("admin", "/engine-rest/user/" + USER + "/unlock", "").status()).isEqualTo(204);
        assertThat(identity.checkPassword(USER, PASSWORD)).isTrue();
        assertThat(counter("trappen.accounts.unlocked")).isEqualTo(unlocked + 1);
    }

    private double counter(String name) {
        var counter = meters.find(name).counter();
        return counter == null ? 0 : counter.count();
    }
}
