package dk.trappen.platform.web;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dk.trappen.platform.ConflictException;
import dk.trappen.platform.FieldProblem;
import dk.trappen.platform.ForbiddenException;
import dk.trappen.platform.FormValues;
import dk.trappen.platform.InvalidInputException;
import dk.trappen.platform.NotFoundException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every error of the product's API as RFC 9457 problem+json. A bad input names each bad field
 * under {@code errors}; nothing internal (stack traces, SQL) ever reaches the body.
 */
@RestControllerAdvice(basePackages = "dk.trappen")
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring Boot's own problem-details handler, which names no fields
class ProblemDetailsAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String TYPE_BASE = "https://trappen.dk/problems/";

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return badRequest(e.problems());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                && !endOfInput(mapping)) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = "kan ikke læses";
            if (mapping instanceof UnrecognizedPropertyException) {
                message = "er ikke et kendt felt";
            } else if (mapping instanceof InvalidFormatException format) {
                Class<?> target = format.getTargetType();
                message = target != null && target.isEnum()
                        ? "skal være en af " + List.of(target.getEnumConstants())
                        : format.getValue() instanceof String text && FormValues.containsNul(text)
                        ? FormValues.NUL_MESSAGE
                        : "har et ugyldigt format";
            }
            return badRequest(List.of(new FieldProblem(field, message)));
        }
        return badRequest(List.of(new FieldProblem("body", "er ikke gyldig JSON")));
    }

    /** A body cut off in the middle is broken JSON, not a bad value of the field it stopped in. */
    private static boolean endOfInput(JsonMappingException mapping) {
        for (Throwable cause = mapping; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonEOFException
                    || (cause instanceof MismatchedInputException m && String.valueOf(m.getOriginalMessage()).contains("end-of-input"))) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException e) {
        return badRequest(List.of(new FieldProblem(e.getHeaderName(), "header mangler")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return badRequest(List.of(new FieldProblem(e.getName(), "har et ugyldigt format")));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Findes ikke", e.getMessage());
    }

    @ExceptionHandler({ForbiddenException.class, AuthorizationException.class})
    ProblemDetail forbidden(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Ingen adgang",
                e instanceof ForbiddenException ? e.getMessage() : "Din rolle giver ikke adgang til dette.");
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail stateConflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Kan ikke lade sig gøre nu", e.getMessage());
    }

    /**
     * The engine's concurrent change, or the domain's (a JPA @Version conflict, or a row another
     * request holds locked past the lock timeout): the same answer.
     */
    @ExceptionHandler({OptimisticLockingException.class, ConcurrencyFailureException.class})
    ProblemDetail conflict(RuntimeException e) {
        log.info("Concurrent modification refused: {}", e.getMessage());
        return problem(HttpStatus.CONFLICT, "conflict", "Samtidig ændring",
                "En anden har netop ændret det samme. Hent det igen og prøv på ny.");
    }

    private static ProblemDetail badRequest(List<FieldProblem> problems) {
        ProblemDetail detail = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Ugyldige oplysninger",
                problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        detail.setProperty("errors", problems);
        return detail;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }
}
