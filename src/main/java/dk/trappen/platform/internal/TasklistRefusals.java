package dk.trappen.platform.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
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
                // A 403 can be a lost race too: the colleague's completion removed the task's grants
                // between this request's read of the task and its authorization check (seen on PostgreSQL).
                boolean lostRace = wrapper.getStatus() == HttpServletResponse.SC_FORBIDDEN
                        && vanishedTasks.gone(request.getRequestURI());
                if (wrapper.getStatus() < 500 && !lostRace) {
                    wrapper.copyBodyToResponse();
                    return;
                }
                JsonNode error = errorBody(wrapper.getContentAsByteArray());
                String reason = wrapper.getStatus() == 500 ? refusal(error) : null;
                Map<String, Object> body;
                int status;
                if (reason != null) {
                    body = new LinkedHashMap<>();
                    body.put("type", "InvalidInputException");
                    body.put("message", reason);
                    status = HttpServletResponse.SC_BAD_REQUEST;
                } else if (vanishedTasks.gone(request.getRequestURI())) {
                    // A colleague completed the task a moment earlier: "already done", as on /engine-rest.
                    body = VanishedTasks.body();
                    status = HttpServletResponse.SC_NOT_FOUND;
                } else if (CONFLICT.equals(error.path("type").asText(null))) {
                    // ... or changed the same instance in that moment: "someone else was first", as there.
                    body = EngineRestConfiguration.conflictBody();
                    status = HttpServletResponse.SC_CONFLICT;
                } else {
                    wrapper.copyBodyToResponse();
                    return;
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

    /** Camunda's error body ({@code {"type": …, "message": …}}), or an empty node if it is not JSON. */
    static JsonNode errorBody(byte[] body) {
        try {
            JsonNode error = JSON.readTree(body);
            return error == null ? MissingNode.getInstance() : error;
        } catch (IOException notJson) {
            return MissingNode.getInstance();
        }
    }

    /** The Danish reason in a Camunda error body, or null if the body is not a refusal of ours. */
    static String refusal(JsonNode error) {
        String message = error.path("message").asText("");
        int start = message.indexOf(REFUSAL);
        if (start < 0) {
            return null;
        }
        String reason = message.substring(start);
        return reason.endsWith("'") ? reason.substring(0, reason.length() - 1) : reason;
    }
}
