package dk.trappen.platform.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The product's pages under {@code /app} (opened from a task in Tasklist) and the managers'
 * {@code /dashboard} use the user's Camunda webapp login: one sign-in, one identity, and the same
 * engine authentication as the API. Without a login a page sends the user to Tasklist (the
 * dashboard and the process owners' models: to Cockpit, where managers and owners work) to sign in.
 */
@Configuration
class TasklistSessionAuthentication {

    static final String ENGINE = "default";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> appPagesAuthentication(IdentityService identityService) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                UserAuthentication user = sessionUser(request.getSession(false));
                if (user == null) {
                    // Managers (the dashboard) and process owners (the models) work in Cockpit and sign in there.
                    String uri = request.getRequestURI();
                    boolean cockpit = uri.startsWith(request.getContextPath() + "/dashboard")
                            || uri.startsWith(request.getContextPath() + "/app/models");
                    response.sendRedirect(request.getContextPath() + (cockpit ? "/camunda/app/cockpit/" : "/camunda/app/tasklist/"));
                    return;
                }
                identityService.setAuthentication(user.getIdentityId(), user.getGroupIds(), List.of());
                try {
                    chain.doFilter(request, response);
                } finally {
                    identityService.clearAuthentication();
                }
            }
        });
        registration.setName("app-pages-authentication");
        registration.addUrlPatterns("/app/*", "/dashboard", "/dashboard/*");
        registration.setOrder(10);
        return registration;
    }

    private static UserAuthentication sessionUser(HttpSession session) {
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication authentication = authentications.getAuthenticationForProcessEngine(ENGINE);
        return authentication instanceof UserAuthentication user ? user : null;
    }
}
