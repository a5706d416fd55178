package dk.trappen.platform.internal;

import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic against Camunda's identity service for the engine's REST API and for our own API
 * ({@code trappen.security.http-basic}, on unless the {@code sso} profile takes bearer tokens
 * instead; the metrics keep theirs, for Prometheus's scraper).
 * The filter puts the user and their groups into the engine's current authentication, so the
 * engine's authorization checks and our own team checks see the same user.
 */
@Configuration
class ApiSecurityConfiguration {

    @Bean
    @ConditionalOnProperty(name = "trappen.security.http-basic", havingValue = "true", matchIfMissing = true)
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        return basicAuth("engine-rest-authentication", "/engine-rest/*", "/engine-rest");
    }

    @Bean
    @ConditionalOnProperty(name = "trappen.security.http-basic", havingValue = "true", matchIfMissing = true)
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthentication() {
        return basicAuth("api-authentication", "/api/*", "/api");
    }

    /** The metrics are aggregates, but still not for anyone on the network: Prometheus scrapes with a user. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> metricsAuthentication() {
        var registration = basicAuth("metrics-authentication", "/actuator/prometheus", "/actuator");
        registration.addUrlPatterns("/actuator/metrics", "/actuator/metrics/*");
        return registration;
    }

    private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> basicAuth(
            String name, String urlPattern, String pathPrefix) {
        var registration = new FilterRegistrationBean<ProcessEngineAuthenticationFilter>(new AuthenticateEverything());
        registration.setName(name);
        registration.addUrlPatterns(urlPattern);
        registration.setInitParameters(Map.of(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName(),
                ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX,
                pathPrefix));
        registration.setOrder(10);
        return registration;
    }

    /** Camunda's filter lets `/engine` (the list of engines) through anonymously; we let nothing through. */
    static class AuthenticateEverything extends ProcessEngineAuthenticationFilter {
        @Override
        protected boolean requiresEngineAuthentication(String requestUrl) {
            return true;
        }
    }

}
