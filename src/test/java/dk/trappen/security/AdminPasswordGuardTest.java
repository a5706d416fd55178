package dk.trappen.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.trappen.TrappenApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Issue 19, point 5: the postgres profile started with admin/admin when TRAPPEN_ADMIN_PASSWORD was
 * unset and said nothing. Outside the demo it now refuses to start, with a message saying what to
 * set, before it touches a database (none is reachable at the URL used here).
 */
class AdminPasswordGuardTest {

    private static Throwable start(String... args) {
        try (var ignored = new SpringApplicationBuilder(TrappenApplication.class).profiles("postgres")
                .run(args)) {
            return null;
        } catch (Throwable failure) {
            return failure;
        }
    }

    @Test
    void withoutTheDemoProfileTheStartIsRefusedUnlessARealAdministratorPasswordIsSet() {
        String noDatabase = "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none";
        assertThat(start(noDatabase)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TRAPPEN_ADMIN_PASSWORD is not set");
        assertThat(start(noDatabase, "--camunda.bpm.admin-user.password=admin"))
                .hasMessageContaining("known default");
        assertThat(start(noDatabase, "--camunda.bpm.admin-user.password=kort"))
                .hasMessageContaining("shorter than 12");
        // A real password passes the guard: the start then fails later, at the unreachable database.
        Throwable later = start(noDatabase, "--camunda.bpm.admin-user.password=et-rigtigt-langt-kodeord",
                "--spring.datasource.hikari.initialization-fail-timeout=1", "--server.port=0");
        assertThat(later).isNotNull();
        assertThat(later.getMessage()).doesNotContain("TRAPPEN_ADMIN_PASSWORD");
    }
}
