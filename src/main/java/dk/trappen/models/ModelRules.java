package dk.trappen.models;

import java.util.ArrayList;
import java.util.List;

import dk.trappen.models.internal.Rules;

/**
 * The rules every model keeps, wherever it comes from: the build checks {@code bpmn/} and
 * {@code forms/} with them (ModelConventionsTest), and the engine's deployment guard checks every
 * deployment with them, from the application, Camunda Modeler or the REST API. One implementation,
 * so a process owner's model is judged exactly as a developer's.
 *
 * <p>Conventions (names, ids, time to live, forms, asynchronous service tasks with retries, the
 * diagram), safety (no scripts, Java classes or embedded forms; delegate expressions only to the
 * product's beans for models; expressions reach only process variables), personal data (free-text
 * form fields named {@code pii_…}, never read by an expression) and the law's limits on decision
 * tables.
 */
public final class ModelRules {

    private ModelRules() {
    }

    /**
     * Every broken rule of one file ({@code .bpmn}, {@code .dmn} or {@code .form}); empty when it may
     * be deployed. The resource name may carry a path; only its file name counts.
     */
    public static List<Violation> check(String resourceName, byte[] content, ModelContext context) {
        List<Violation> violations = new ArrayList<>();
        Rules.check(resourceName, content, context,
                (element, message) -> violations.add(new Violation(Rules.fileName(resourceName), element, message)));
        return violations;
    }
}
