package dk.trappen.signin.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import dk.trappen.signin.SignInProperties;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Bearer tokens on the APIs. A token from a configured partner's client (client credentials) acts
 * as that partner's user with its groups, exactly the rights today's {@code skolesystem} account has,
 * and reaches the partner endpoints only with their scope: {@code concerns:write} to report a concern,
 * {@code meetings:status} to read its part of a meeting and give its status. A caseworker's token
 * acts as the caseworker with the groups the mapping gives their directory groups.
 */
class BearerTokens implements AuthorizationManager<RequestAuthorizationContext> {

    /** The partner endpoints and the scope each needs. */
    static final Map<String, List<RequestMatcher>> SCOPED = Map.of(
            "concerns:write", List.of(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/concerns")),
            "meetings:status", List.of(
                    PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/meetings/{meetingId}"),
                    PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/meetings/{meetingId}/statuses")));

    private final SignInProperties properties;
    private final DirectoryAccounts accounts;

    BearerTokens(SignInProperties properties, DirectoryAccounts accounts) {
        this.properties = properties;
        this.accounts = accounts;
    }

    /** The token's caller; a token that names no user is refused as invalid (401). */
    DirectoryAuthentication authenticate(Jwt jwt) {
        Set<String> scopes = scopes(jwt.getClaims());
        Optional<SignInProperties.Partner> partner = partner(jwt.getClaims());
        if (partner.isPresent()) {
            SignInProperties.Partner p = partner.get();
            accounts.partner(p.user(), p.groups());
            return new DirectoryAuthentication(jwt, p.user(), Set.copyOf(p.groups()), scopes, true);
        }
        DirectoryUser user = OidcClaims.user(jwt.getClaims(), properties);
        if (user.id() == null) {
            throw new InvalidBearerTokenException("The token names no user (claim " + properties.userIdClaim() + ")");
        }
        try {
            return new DirectoryAuthentication(jwt, user.id(), accounts.tokenCall(user), scopes, false);
        } catch (DirectoryAccounts.Departed e) {
            throw new org.springframework.security.authentication.DisabledException(e.getMessage());
        }
    }

    /** A partner reaches a partner endpoint only with its scope; everything else is up to its user's rights. */
    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        if (!(authentication.get() instanceof DirectoryAuthentication caller)) {
            return new AuthorizationDecision(false);
        }
        if (!caller.partner()) {
            return new AuthorizationDecision(true);
        }
        for (var scoped : SCOPED.entrySet()) {
            if (scoped.getValue().stream().anyMatch(m -> m.matches(context.getRequest()))) {
                return new AuthorizationDecision(caller.scopes().contains(scoped.getKey()));
            }
        }
        return new AuthorizationDecision(true);
    }

    private Optional<SignInProperties.Partner> partner(Map<String, Object> claims) {
        Set<String> clients = new LinkedHashSet<>();
        for (String claim : List.of("azp", "client_id", "appid")) {
            if (claims.get(claim) instanceof String client) {
                clients.add(client);
            }
        }
        // A client-credentials token of some providers names the client only as its subject.
        if (clients.isEmpty() && claims.get("sub") instanceof String subject) {
            clients.add(subject);
        }
        return properties.partners().stream().filter(p -> clients.contains(p.clientId())).findFirst();
    }

    /** OAuth2's {@code scope} (space-separated), Entra's {@code scp}, and Entra's application permissions {@code roles}. */
    static Set<String> scopes(Map<String, Object> claims) {
        Set<String> scopes = new LinkedHashSet<>();
        for (String claim : List.of("scope", "scp", "roles")) {
            Object value = claims.get(claim);
            if (value instanceof String text) {
                scopes.addAll(List.of(text.trim().split("\\s+")));
            } else if (value instanceof Collection<?> list) {
                list.forEach(item -> scopes.add(String.valueOf(item)));
            }
        }
        scopes.remove("");
        return scopes;
    }
}
