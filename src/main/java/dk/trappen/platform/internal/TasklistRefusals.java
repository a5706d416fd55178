package dk.trappen.platform.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import dk.trappen.platform.InvalidInputException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist submits forms through the webapp's own copy of the engine API
 * ({@code /camunda/api/engine/…}), whose exception mapping we cannot extend. There a refused form
 * came back as a 500 with the reason buried in engine text. This filter turns exactly those
 * answers (a form submission or completion refused by our listeners, recognised by
 * {@link dk.trappen.platform.InvalidInputException}'s message) into a 400 whose message is the
 * Danish reason alone; Tasklist shows it under the form. A completion that failed because a
 * colleague completed the task first answers 404 "already done" ({@link VanishedTasks}), one that
 * lost to a colleague's change of the same instance 409, as on {@code /engine-rest}. Every other
 * answer passes unchanged.
 */
@Configuration
class TasklistRefusals {

    static final String REFUSAL = InvalidInputException.MESSAGE_PREFIX;
    private static final String CONFLICT = "OptimisticLockingException";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> tasklistRefusalFilter(VanishedTasks vanishedTasks) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                String path = request.getRequestURI();
                return !"POST".equals(request.getMethod())
                        || !(path.endsWith("/submit-form") || path.endsWith("/complete"));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
                chain.doFilter(request, wrapper);
                String reason = wrapper.getStatus() == 500 ? refusal(wrapper.getContentAsByteArray()) : null;
                // A colleague completed the task a moment earlier: "already done", as on /engine-rest.
                boolean gone = reason == null && wrapper.getStatus() >= 500 && vanishedTasks.gone(request.getRequestURI());
                // ... or changed the same instance in that moment: "someone else was first" (409), as there.
                boolean conflict = reason == null && !gone && wrapper.getStatus() >= 500
                        && CONFLICT.equals(type(wrapper.getContentAsByteArray()));
                if (reason == null && !gone && !conflict) {
                    wrapper.copyBodyToResponse();
                    return;
                }
                Map<String, Object> body;
                int status;
                if (gone) {
                    body = VanishedTasks.body();
                    status = HttpServletResponse.SC_NOT_FOUND;
                } else if (conflict) {
                    body = EngineRestConfiguration.conflictBody();
                    status = HttpServletResponse.SC_CONFLICT;
                } else {
                    body = new LinkedHashMap<>();
                    body.put("type", "InvalidInputException");
                    body.put("message", reason);
                    status = HttpServletResponse.SC_BAD_REQUEST;
                }
                wrapper.resetBuffer();
                response.setStatus(status);
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getOutputStream().write(JSON.writeValueAsBytes(body));
            }
        });
        registration.setName("tasklist-refusals");
        registration.addUrlPatterns("/camunda/api/engine/*");
        return registration;
    }

    /** Camunda's error type in its error body ({@code {"type": …, "message": …}}), or null. */
    static String type(byte[] body) {
        try {
            return JSON.readTree(body).path("type").asText(null);
        } catch (IOException notJson) {
            return null;
        }
    }

    /** The Danish reason in a Camunda error body, or null if the body is not a refusal of ours. */
    static String refusal(byte[] body) {
        try {
            JsonNode message = JSON.readTree(body).path("message");
            int start = message.asText("").indexOf(REFUSAL);
            if (start < 0) {
                return null;
            }
            String reason = message.asText().substring(start);
            return reason.endsWith("'") ? reason.substring(0, reason.length() - 1) : reason;
        } catch (IOException notJson) {
            return null;
        }
    }
}
