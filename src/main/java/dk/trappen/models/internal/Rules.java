package dk.trappen.models.internal;

import java.io.ByteArrayInputStream;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.trappen.models.ModelContext;
import dk.trappen.models.internal.CodeRules.Finding;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/** Chooses the rules by the kind of file; what {@link dk.trappen.models.ModelRules} hands its work to. */
public final class Rules {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Rules() {
    }

    public static String fileName(String resourceName) {
        return ModelFiles.fileName(resourceName);
    }

    public static void check(String resourceName, byte[] content, ModelContext context, BiConsumer<String, String> violations) {
        String fileName = ModelFiles.fileName(resourceName);
        Consumer<Finding> findings = finding -> violations.accept(finding.element(), finding.message());
        try {
            if (fileName.endsWith(".bpmn")) {
                BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
                BpmnRules.check(model, fileName, context, findings);
                CodeRules.checkBpmn(content, context, findings);
            } else if (fileName.endsWith(".dmn")) {
                DmnRules.check(content, fileName, findings);
            } else if (fileName.endsWith(".form")) {
                FormRules.check(readForm(content), fileName, findings);
            } else {
                violations.accept(fileName, "et deployment må kun indeholde processer (.bpmn), beslutningstabeller (.dmn) og formularer (.form)");
            }
        } catch (RuntimeException unreadable) {
            Throwable cause = unreadable.getCause();
            violations.accept(fileName, "filen kan ikke læses: " + unreadable.getMessage()
                    + (cause == null || cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"));
        }
    }

    /** A Camunda Form's JSON. */
    public static JsonNode readForm(byte[] content) {
        try {
            return JSON.readTree(content);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("formularen er ikke gyldig JSON: " + e.getMessage(), e);
        }
    }
}
