package dk.trappen.signin;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code trappen.sign-in}: how staff and partner systems sign in (issue 23). {@code local} (the demo,
 * and the default) keeps Camunda's own users and passwords; {@code oidc} (profile {@code sso}) signs
 * staff in with the municipality's OpenID Connect provider and takes bearer tokens on the APIs;
 * {@code ldap} (profile {@code ldap}) checks passwords against an on-premise directory. In both the
 * directory's groups become Trappen's groups through {@link #groupMapping()}: configuration, not code.
 */
@ConfigurationProperties("trappen.sign-in")
public record SignInProperties(@DefaultValue("local") Mode mode,
                               @DefaultValue("preferred_username") String userIdClaim,
                               @DefaultValue("groups") String groupsClaim,
                               @DefaultValue("true") boolean stripDomain,
                               List<GroupMap> groupMapping,
                               List<Partner> partners,
                               String apiAudience,
                               Ldap ldap) {

    public SignInProperties {
        groupMapping = groupMapping == null ? List.of() : List.copyOf(groupMapping);
        partners = partners == null ? List.of() : List.copyOf(partners);
    }

    public enum Mode { LOCAL, OIDC, LDAP }

    /**
     * One directory group (its name, path or object id, as the provider sends it) and the Trappen
     * groups its members get, e.g. {@code "Børn og Unge - Team Nord"} to {@code [caseworkers, team-nord]}.
     */
    public record GroupMap(String directoryGroup, List<String> groups) {
        public GroupMap {
            groups = groups == null ? List.of() : List.copyOf(groups);
        }
    }

    /**
     * A partner system calling {@code /api} with client-credentials tokens: the token's client id,
     * the Trappen user it acts as (e.g. {@code skolesystem}, invited to meetings by that id) and that
     * user's groups. What it may call follows from the token's scopes.
     */
    public record Partner(String clientId, String user, List<String> groups) {
        public Partner {
            groups = groups == null ? List.of() : List.copyOf(groups);
        }
    }

    /**
     * The on-premise directory: where to bind, how to find a user and their groups. With
     * {@code managerDn} the user is searched for ({@code userSearchFilter}, {0} the user name) and then
     * bound as; without, {@code userDnPattern} gives the user's DN directly.
     */
    public record Ldap(String url, String base, String managerDn, String managerPassword,
                       @DefaultValue("") String userDnPattern,
                       @DefaultValue("") String userSearchBase,
                       @DefaultValue("(sAMAccountName={0})") String userSearchFilter,
                       @DefaultValue("") String groupSearchBase,
                       @DefaultValue("(member={0})") String groupSearchFilter,
                       @DefaultValue("cn") String groupNameAttribute,
                       @DefaultValue("givenName") String firstNameAttribute,
                       @DefaultValue("sn") String lastNameAttribute,
                       @DefaultValue("mail") String emailAttribute) {
    }
}
