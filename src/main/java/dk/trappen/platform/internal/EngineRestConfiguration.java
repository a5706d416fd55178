package dk.trappen.platform.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.trappen.platform.FieldProblem;
import dk.trappen.platform.InvalidInputException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API, with two changes: a form our listeners refused (bad input) answers 400 with
 * the Danish reason and the fields, as our own API does, instead of 500 wrapped in engine text;
 * and a concurrent change (the same task completed twice at once) answers 409, not 500.
 * Tasklist shows the response's {@code message} to the caseworker.
 */
@Component
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(RefusedRestInput.class);
        register(RefusedEngineInput.class);
    }

    /** The engine's own exceptions (e.g. completing a task over REST). */
    @Priority(1)
    static class RefusedEngineInput implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException exception) {
            InvalidInputException refused = refusal(exception);
            if (refused != null) {
                return badRequest(refused);
            }
            return concurrent(exception) ? conflict() : new ProcessEngineExceptionHandler().toResponse(exception);
        }
    }

    /** Camunda's REST wrappers (e.g. "Cannot submit task form …" around the engine's exception). */
    @Priority(1)
    static class RefusedRestInput implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException exception) {
            InvalidInputException refused = refusal(exception);
            if (refused != null) {
                return badRequest(refused);
            }
            return concurrent(exception) ? conflict() : new RestExceptionHandler().toResponse(exception);
        }
    }

    static InvalidInputException refusal(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException refused) {
                return refused;
            }
        }
        return null;
    }

    /** Someone else changed the same task or instance at the same moment (a double click, two colleagues). */
    static boolean concurrent(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException) {
                return true;
            }
        }
        return false;
    }

    /** 409 in Camunda's error shape (type, message), which Tasklist and REST clients read. */
    static Response conflict() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "OptimisticLockingException");
        body.put("message", "En anden har netop ændret det samme (fx fuldført opgaven). Hent den igen.");
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    static Response badRequest(InvalidInputException refused) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "InvalidInputException");
        body.put("message", refused.getMessage());
        List<Map<String, String>> errors = refused.problems().stream()
                .map((FieldProblem problem) -> Map.of("field", problem.field(), "message", problem.message())).toList();
        body.put("errors", errors);
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
