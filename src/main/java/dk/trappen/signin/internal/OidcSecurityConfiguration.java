package dk.trappen.signin.internal;

import java.io.IOException;
import java.util.List;

import dk.trappen.signin.SignInProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sign-in with the municipality's OpenID Connect provider (profile {@code sso}). Two chains:
 * <ul>
 * <li>{@code /api} and {@code /engine-rest}: bearer tokens only (no session, no password), checked
 * against the provider's keys; the caller becomes the engine's authenticated user for the request.</li>
 * <li>Everything else (Tasklist, Cockpit, Admin, the dashboard, Trappen's pages): the provider's
 * sign-in, then the Camunda webapps' own session is opened for the signed-in user
 * ({@link CamundaSession}), so the webapps, their authorizations and Trappen's pages work as with a
 * password. Signing out of a webapp ends the session; {@code POST /logout} also ends the one at the provider.</li>
 * </ul>
 * The health endpoints and the metrics (their own login) stay as they are.
 */
@Configuration
@ConditionalOnProperty(name = "trappen.sign-in.mode", havingValue = "oidc")
class OidcSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OidcSecurityConfiguration.class);

    static final String REGISTRATION = "trappen";

    @Bean
    BearerTokens bearerTokens(SignInProperties properties, DirectoryAccounts accounts) {
        return new BearerTokens(properties, accounts);
    }

    /** The provider's keys, its issuer, the token's lifetime and (when configured) its audience. */
    @Bean
    JwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
                          SignInProperties properties) {
        // Lazily: the provider is asked for its keys at the first token, not at start.
        return new org.springframework.security.oauth2.jwt.SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuer);
            OAuth2TokenValidator<Jwt> validator = JwtValidators.createDefaultWithIssuer(issuer);
            if (properties.apiAudience() != null && !properties.apiAudience().isBlank()) {
                validator = new DelegatingOAuth2TokenValidator<>(validator, jwt -> jwt.getAudience() != null
                        && jwt.getAudience().contains(properties.apiAudience())
                        ? OAuth2TokenValidatorResult.success()
                        : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Not for Trappen's API", null)));
            }
            decoder.setJwtValidator(validator);
            return decoder;
        });
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, BearerTokens tokens, IdentityService identity) throws Exception {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        // By the request's path: /engine-rest is Jersey's servlet, not Spring MVC's.
        http.securityMatcher(request -> under(request, "/api") || under(request, "/engine-rest"))
                .authorizeHttpRequests(requests -> requests.anyRequest().access(tokens))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(tokens::authenticate))
                        .authenticationEntryPoint((request, response, e) -> unauthorized(bearer, request, response, e)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> unauthorized(bearer, request, response, e))
                        .accessDeniedHandler(forbidden()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // A bearer token is not sent by the browser on its own: no cross-site forgery to guard against.
                .csrf(csrf -> csrf.disable())
                // WebSecurityHeaders sets the headers of every answer, as without sign-in.
                .headers(headers -> headers.disable())
                .addFilterAfter(new EngineAuthentication(identity), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webappChain(HttpSecurity http, ClientRegistrationRepository registrations,
                                    CamundaSession camundaSession) throws Exception {
        RequestMatcher camundaApi = request -> request.getRequestURI().startsWith(request.getContextPath() + "/camunda/api/");
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/**", "/error", "/signed-out", "/trappen/**").permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login.loginPage("/oauth2/authorization/" + REGISTRATION))
                // The webapps' own "Log ud" (a call from the page) and a form's POST /logout.
                .logout(logout -> logout
                        .logoutRequestMatcher(new OrRequestMatcher(
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/logout"),
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/{engine}/logout")))
                        .logoutSuccessHandler(signedOut(registrations, camundaApi)))
                // The webapps' calls answer 401 when the session has ended (Camunda shows its sign-in), pages go to the provider.
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), camundaApi))
                // Camunda's own CSRF filter guards /camunda/api; the session cookie is SameSite=Lax, so
                // another site cannot post a sign-out with it.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable())
                .addFilterAfter(camundaSession, AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    CamundaSession camundaSession(ProcessEngine engine, SignInProperties properties, DirectoryAccounts accounts) {
        return new CamundaSession(engine, properties, accounts);
    }

    /**
     * After a sign-out: a webapp's own call answers 200 as Camunda's would; a form's {@code POST /logout}
     * goes on to the provider's sign-out (RP-initiated logout), which sends the browser back to {@code /signed-out}.
     */
    private static LogoutSuccessHandler signedOut(ClientRegistrationRepository registrations, RequestMatcher camundaApi) {
        OidcClientInitiatedLogoutSuccessHandler provider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        provider.setPostLogoutRedirectUri("{baseUrl}/signed-out");
        return (request, response, authentication) -> {
            if (camundaApi.matches(request)) {
                response.setStatus(HttpServletResponse.SC_OK);
                return;
            }
            provider.onLogoutSuccess(request, response, authentication);
        };
    }

    private static void unauthorized(BearerTokenAuthenticationEntryPoint bearer, HttpServletRequest request,
                                     HttpServletResponse response, AuthenticationException e) throws IOException {
        bearer.commence(request, response, e); // status 401 and WWW-Authenticate: Bearer (error="invalid_token" for a bad one)
        log.info("Refused token on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        problem(response, 401, "Ikke logget ind", "Kaldet kræver et gyldigt adgangstoken fra kommunens login.");
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, e) -> problem(response, 403, "Ingen adgang",
                "Adgangstokenet giver ikke adgang til dette kald (mangler det rette scope).");
    }

    private static boolean under(HttpServletRequest request, String prefix) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write("{\"type\":\"https://trappen.dk/problems/" + (status == 401 ? "unauthorized" : "forbidden")
                + "\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }

    /**
     * The token's caller as the engine's authenticated user for the request, as Camunda's own
     * authentication filter does for a password: the engine's authorization checks and the
     * modules' team checks see the same user.
     */
    static final class EngineAuthentication extends OncePerRequestFilter {
        private final IdentityService identity;

        EngineAuthentication(IdentityService identity) {
            this.identity = identity;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!(SecurityContextHolder.getContext().getAuthentication() instanceof DirectoryAuthentication caller)) {
                chain.doFilter(request, response);
                return;
            }
            identity.setAuthentication(caller.getName(), caller.groups(), List.of());
            try {
                chain.doFilter(request, response);
            } finally {
                identity.clearAuthentication();
            }
        }
    }
}
