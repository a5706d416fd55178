package dk.trappen.signin.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import dk.trappen.signin.SignInProperties;

/** A person from an ID token's or access token's claims, as configured ({@code user-id-claim}, {@code groups-claim}). */
final class OidcClaims {

    private OidcClaims() {
    }

    static DirectoryUser user(Map<String, Object> claims, SignInProperties properties) {
        String id = DirectoryUser.userId(text(claims.get(properties.userIdClaim())), properties.stripDomain());
        String[] names = DirectoryUser.names(text(claims.get("given_name")), text(claims.get("family_name")),
                text(claims.get("name")));
        return new DirectoryUser(id, names[0], names[1], text(claims.get("email")), groups(claims.get(properties.groupsClaim())));
    }

    /** A list of names (Entra, most providers) or one string; Keycloak's group paths ("/Trappen/Nord") as they come. */
    static Set<String> groups(Object claim) {
        Set<String> groups = new LinkedHashSet<>();
        if (claim instanceof Collection<?> list) {
            list.forEach(item -> groups.add(String.valueOf(item)));
        } else if (claim instanceof String text && !text.isBlank()) {
            groups.add(text);
        }
        return groups;
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
