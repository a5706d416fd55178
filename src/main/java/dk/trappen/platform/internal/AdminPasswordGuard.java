package dk.trappen.platform.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * No default administrator password outside the demo (issue 19): the {@code postgres} profile
 * started with admin/admin when {@code TRAPPEN_ADMIN_PASSWORD} was unset and said nothing. Outside
 * the {@code demo} profile the start is refused, before the engine creates the administrator, unless
 * the password is set, at least 12 characters long and not a known default. Registered in
 * {@code META-INF/spring.factories}.
 */
public class AdminPasswordGuard implements EnvironmentPostProcessor {

    static final String PROPERTY = "camunda.bpm.admin-user.password";
    static final int MIN_LENGTH = 12;
    static final Set<String> KNOWN_DEFAULTS = Set.of("admin", "demo", "camunda", "password", "changeme", "trappen",
            "secret", "postgres", "123456789012", "administrator");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String[] profiles = environment.getActiveProfiles().length > 0 ? environment.getActiveProfiles()
                : environment.getDefaultProfiles(); // no profile given: the demo (spring.profiles.default)
        boolean demo = Arrays.asList(profiles).contains("demo");
        String problem = demo ? null : problem(environment.getProperty(PROPERTY));
        if (problem != null) {
            throw new IllegalStateException("Trappen starts without the demo profile only with a real administrator "
                    + "password: " + problem + ". Set TRAPPEN_ADMIN_PASSWORD (at least " + MIN_LENGTH
                    + " characters, not a default such as admin) and start again; see docs/operations.md, section Security.");
        }
    }

    /** What is wrong with the administrator's password, or null. */
    static String problem(String password) {
        if (password == null || password.isBlank()) {
            return "TRAPPEN_ADMIN_PASSWORD is not set";
        }
        if (KNOWN_DEFAULTS.contains(password.trim().toLowerCase(Locale.ROOT))) {
            return "TRAPPEN_ADMIN_PASSWORD is a known default password";
        }
        if (password.length() < MIN_LENGTH) {
            return "TRAPPEN_ADMIN_PASSWORD is shorter than " + MIN_LENGTH + " characters";
        }
        return null;
    }
}
