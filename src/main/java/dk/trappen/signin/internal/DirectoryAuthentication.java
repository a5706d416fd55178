package dk.trappen.signin.internal;

import java.util.List;
import java.util.Set;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A caller on {@code /api} or {@code /engine-rest} with a bearer token: the Trappen user it is (a
 * caseworker, or the user a partner system acts as), that user's Trappen groups, and the token's
 * scopes. The groups go to the engine's authentication for the request, so the engine's
 * authorizations and the modules' team checks see the same user as with a password.
 */
final class DirectoryAuthentication extends AbstractAuthenticationToken {

    private final Object token;
    private final String userId;
    private final Set<String> groups;
    private final Set<String> scopes;
    private final boolean partner;

    DirectoryAuthentication(Object token, String userId, Set<String> groups, Set<String> scopes, boolean partner) {
        super(scopes.stream().map(scope -> new SimpleGrantedAuthority("SCOPE_" + scope)).toList());
        this.token = token;
        this.userId = userId;
        this.groups = Set.copyOf(groups);
        this.scopes = Set.copyOf(scopes);
        this.partner = partner;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return userId;
    }

    @Override
    public String getName() {
        return userId;
    }

    List<String> groups() {
        return List.copyOf(groups);
    }

    Set<String> scopes() {
        return scopes;
    }

    boolean partner() {
        return partner;
    }
}
