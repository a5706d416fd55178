package dk.trappen.models;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the rules need to know beyond the file they check: the forms and decisions a model may refer
 * to, and which Spring beans a model may name. The build answers from {@code forms/} and
 * {@code bpmn/}; the deployment guard from the deployment and what the engine already holds.
 */
public interface ModelContext {

    /** The form with this id that the model will see at run time (same deployment), if any. */
    Optional<JsonNode> form(String formId);

    /** Whether a decision with this key will be there when a business rule task calls it. */
    boolean decisionExists(String decisionKey);

    /** What a name in an expression is, as far as beans go. */
    BeanKind bean(String name);

    enum BeanKind {
        /** A delegate or listener of the product, made to be named by a model's delegate expression. */
        MODEL,
        /** Any other bean of the application (a repository, the data source, the environment …). */
        APPLICATION,
        /** No bean: in an expression it can only be a process variable. */
        NONE,
        /** Not known here (the build's structural check without Spring): bean checks are skipped. */
        UNKNOWN
    }
}
