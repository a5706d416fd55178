package dk.trappen.platform.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dk.trappen.platform.FieldProblem;
import dk.trappen.platform.InvalidInputException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API, with two changes: a form our listeners refused (bad input) answers 400 with
 * the Danish reason and the fields, as our own API does, instead of 500 wrapped in engine text;
 * and a concurrent change (the same task completed twice at once) answers 409, or 404 when the
 * other completion has already removed the task, never 500.
 * Tasklist shows the response's {@code message} to the caseworker.
 */
@Component
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

    private final VanishedTasks vanishedTasks;

    EngineRestConfiguration(VanishedTasks vanishedTasks) {
        this.vanishedTasks = vanishedTasks;
    }

    /** The engine's refusal of a query larger than {@code queryMaxResultsLimit} (or without any bound). */
    static final java.util.regex.Pattern TOO_MANY = java.util.regex.Pattern.compile(
            "An unbound number of results is forbidden!|Max results limit of (\\d+) exceeded!");

    @Override
    protected void registerAdditionalResources() {
        register(new RefusedRestInput(vanishedTasks));
        register(new RefusedEngineInput(vanishedTasks));
        register(new UnexpectedFailure(vanishedTasks));
    }

    /**
     * What the three mappers share; Jersey picks a mapper by the exception's type, so each type the
     * engine REST API throws needs its own class. Camunda's own answer is the fallback.
     */
    abstract static class Answering<E extends Throwable> implements ExceptionMapper<E> {
        private final VanishedTasks vanishedTasks;
        private final ExceptionMapper<? super E> camunda;
        @Context
        private UriInfo request;

        Answering(VanishedTasks vanishedTasks, ExceptionMapper<? super E> camunda) {
            this.vanishedTasks = vanishedTasks;
            this.camunda = camunda;
        }

        @Override
        public Response toResponse(E exception) {
            return answer(exception, request, vanishedTasks, () -> camunda.toResponse(exception));
        }
    }

    /** The engine's own exceptions (e.g. completing a task over REST). */
    @Priority(1)
    static class RefusedEngineInput extends Answering<ProcessEngineException> {
        RefusedEngineInput(VanishedTasks vanishedTasks) {
            super(vanishedTasks, new ProcessEngineExceptionHandler());
        }
    }

    /** Camunda's REST wrappers (e.g. "Cannot submit task form …" around the engine's exception). */
    @Priority(1)
    static class RefusedRestInput extends Answering<RestException> {
        RefusedRestInput(VanishedTasks vanishedTasks) {
            super(vanishedTasks, new RestExceptionHandler());
        }
    }

    /**
     * Anything else the engine threw, e.g. its NullPointerException when a second completion walks
     * an execution tree the first one has just changed (seen on PostgreSQL).
     */
    @Priority(1)
    static class UnexpectedFailure extends Answering<RuntimeException> {
        UnexpectedFailure(VanishedTasks vanishedTasks) {
            super(vanishedTasks, new ExceptionHandler());
        }
    }

    /** Bad input 400, a task already done 404, a concurrent change 409, else Camunda's own answer. */
    static Response answer(Throwable exception, UriInfo request, VanishedTasks vanishedTasks, Supplier<Response> camunda) {
        InvalidInputException refused = refusal(exception);
        if (refused == null) {
            refused = tooManyResults(exception);
        }
        if (refused != null) {
            return badRequest(refused);
        }
        if (request != null && vanishedTasks.gone(request.getPath())) {
            return taskNotFound();
        }
        return concurrent(exception) ? conflict() : camunda.get();
    }

    static InvalidInputException refusal(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException refused) {
                return refused;
            }
        }
        return null;
    }

    /**
     * A query the engine refused for its size, as a bad {@code maxResults}: the caller learns which
     * parameter to send and how large it may be, in the same shape as any other refused input.
     */
    static InvalidInputException tooManyResults(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            var matcher = cause.getMessage() == null ? null : TOO_MANY.matcher(cause.getMessage());
            if (cause instanceof org.camunda.bpm.engine.BadUserRequestException && matcher.matches()) {
                return InvalidInputException.of("maxResults", matcher.group(1) == null
                        ? "skal angives (sammen med firstResult): listen hentes i sider"
                        : "må højst være " + matcher.group(1) + "; hent resten med firstResult");
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

    static Response taskNotFound() {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE).entity(VanishedTasks.body()).build();
    }

    /** 409 in Camunda's error shape (type, message), which Tasklist and REST clients read. */
    static Response conflict() {
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE).entity(conflictBody()).build();
    }

    static Map<String, Object> conflictBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "OptimisticLockingException");
        body.put("message", "En anden har netop ændret det samme (fx fuldført opgaven). Hent den igen.");
        return body;
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
