package dk.trappen.platform.internal;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Issue 19, point 6. The pages that show personal data ({@code /app/**}, {@code /dashboard}) and the
 * product's API answer with headers that keep them out of frames, caches and referrers and allow
 * scripts from the application only. {@code /engine-rest} and {@code /api} refuse a browser's
 * cross-site request (an {@code Origin} or {@code Sec-Fetch-Site} from elsewhere), before the login
 * is checked, so another site can neither act with a user's remembered HTTP Basic login nor lock
 * an account with wrong passwords. Camunda Modeler, curl and other systems send no such header
 * and are not affected; Tasklist and Cockpit talk to {@code /camunda/api} with their own CSRF token.
 */
@Configuration
class WebSecurityHeaders {

    private static final Logger log = LoggerFactory.getLogger(WebSecurityHeaders.class);

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> personalDataPageHeaders() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                response.setHeader("X-Frame-Options", "DENY");
                noStore(response);
                chain.doFilter(request, response);
            }
        });
        registration.setName("personal-data-page-headers");
        registration.addUrlPatterns("/app/*", "/dashboard", "/dashboard/*");
        registration.setOrder(5); // before the login filters, so a redirect to the login carries them too
        return registration;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> noCrossSiteRequests(
            @Value("${trappen.security.allowed-origins:}") List<String> allowedOrigins) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                noStore(response);
                String refusal = crossSite(request, allowedOrigins);
                if (refusal != null) {
                    log.warn("Cross-site request refused: {} {} ({})", request.getMethod(), request.getRequestURI(), refusal);
                    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                    response.setContentType("application/problem+json;charset=UTF-8");
                    response.getWriter().write("{\"type\":\"https://trappen.dk/problems/forbidden\",\"title\":\"Ingen adgang\","
                            + "\"status\":403,\"detail\":\"Anmodninger fra en anden hjemmeside afvises.\"}");
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.setName("no-cross-site-requests");
        registration.addUrlPatterns("/engine-rest/*", "/api/*");
        registration.setOrder(5); // before HTTP Basic: a refused request never counts as a login attempt
        return registration;
    }

    static void noStore(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("Referrer-Policy", "no-referrer");
    }

    /**
     * Why the request is a browser's from another site, or null. A request without {@code Origin}
     * and {@code Sec-Fetch-Site} (Modeler, curl, another system) passes; so does the browser's own
     * site (the {@code Origin}'s host and port are the request's {@code Host}, or a configured origin).
     */
    static String crossSite(HttpServletRequest request, List<String> allowedOrigins) {
        String origin = request.getHeader("Origin");
        if (origin != null) {
            if (sameHost(origin, request) || allowedOrigins.stream().anyMatch(o -> o.trim().equalsIgnoreCase(origin.trim()))) {
                return null;
            }
            return "Origin " + origin;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && (site.equalsIgnoreCase("cross-site") || site.equalsIgnoreCase("same-site"))) {
            return "Sec-Fetch-Site " + site;
        }
        return null;
    }

    private static boolean sameHost(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin.trim());
            if (uri.getHost() == null) {
                return false; // "null": a sandboxed frame or a file
            }
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            String host = firstOf(request.getHeader("X-Forwarded-Host"), request.getHeader("Host"));
            if (host == null) {
                return false;
            }
            host = host.trim().toLowerCase(Locale.ROOT);
            String originHost = uri.getHost().toLowerCase(Locale.ROOT);
            return host.equals(originHost + ":" + port) || host.equals(originHost) && (port == 80 || port == 443);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String firstOf(String forwarded, String host) {
        return forwarded != null && !forwarded.isBlank() ? forwarded.split(",")[0] : host;
    }
}
