package dk.trappen.signin.internal;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import dk.trappen.signin.SignInProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Opens the Camunda webapps' session for the user the provider signed in: the account is brought in
 * line with the directory ({@link DirectoryAccounts}) and the session gets the user, the mapped
 * groups and the webapps they may use, as Camunda's own login would give. What Camunda's
 * {@code ContainerBasedAuthenticationFilter} does for a container's login, for Spring Security's.
 * Trappen's pages ({@code /app}, {@code /dashboard}) read the same session.
 */
class CamundaSession extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CamundaSession.class);

    private final ProcessEngine engine;
    private final SignInProperties properties;
    private final DirectoryAccounts accounts;

    CamundaSession(ProcessEngine engine, SignInProperties properties, DirectoryAccounts accounts) {
        this.engine = engine;
        this.properties = properties;
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken token
                && token.getPrincipal() instanceof OidcUser person) {
            DirectoryUser user = OidcClaims.user(person.getClaims(), properties);
            HttpSession session = request.getSession();
            Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
            Authentication current = authentications.getAuthenticationForProcessEngine(engine.getName());
            if (!(current instanceof UserAuthentication) || !current.getIdentityId().equals(user.id())) {
                String refusal = open(user, session, authentications);
                if (refusal != null) {
                    session.invalidate();
                    SecurityContextHolder.clearContext();
                    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                    response.setContentType("text/html;charset=UTF-8");
                    response.getWriter().write("<!doctype html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>Ingen adgang</title>"
                            + "</head><body><h1>Ingen adgang til Trappen</h1><p>" + refusal + "</p></body></html>");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** Opens the Camunda session, or says in Danish why it cannot be. */
    private String open(DirectoryUser user, HttpSession session, Authentications authentications) {
        if (user.id() == null) {
            log.warn("Sign-in refused: the provider's token has no {} claim", properties.userIdClaim());
            return "Kommunens login sendte intet brugernavn. Kontakt IT-afdelingen.";
        }
        Set<String> groups;
        try {
            groups = accounts.signIn(user);
        } catch (DirectoryAccounts.Departed e) {
            log.warn("Sign-in of {} refused: registered as having left", user.id());
            return "Din adgang til Trappen er lukket, fordi du er meldt fratrådt. Kontakt din leder, hvis det er en fejl.";
        } catch (ProcessEngineException e) {
            log.warn("Sign-in of {} refused: {}", user.id(), e.getMessage());
            return "Dit brugernavn kan ikke bruges i Trappen. Kontakt IT-afdelingen.";
        }
        UserAuthentication authentication = AuthenticationUtil.createAuthentication(engine, user.id(), List.copyOf(groups),
                AuthenticationUtil.getTenantsOfUser(engine, user.id()));
        authentications.addOrReplace(authentication);
        AuthenticationUtil.updateSession(session, authentications);
        log.info("{} signed in through the provider with groups {}", user.id(), groups);
        return null;
    }
}
