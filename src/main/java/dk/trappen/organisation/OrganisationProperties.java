package dk.trappen.organisation;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code trappen.organisation}: the municipality's teams, the Camunda authorizations of each role
 * and, in the demo profile only, users. Applied to Camunda's identity service at start-up.
 */
@Validated
@ConfigurationProperties("trappen.organisation")
public record OrganisationProperties(@NotEmpty List<Team> teams,
                                     List<Grant> authorizations,
                                     List<User> users,
                                     String defaultPassword) {

    public OrganisationProperties {
        authorizations = authorizations == null ? List.of() : authorizations;
        users = users == null ? List.of() : users;
    }

    /** A Camunda authorization for a group: e.g. caseworkers, APPLICATION, tasklist, [ACCESS]. */
    public record Grant(String group, String resource, String resourceId, List<String> permissions) {
    }

    /** A user with their groups (demo profile; production users come from the municipality's directory). */
    public record User(String id, String firstName, String lastName, String email, String password,
                       List<String> groups) {
    }
}
