package dk.trappen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.trappen.models.ModelBeanNames;
import dk.trappen.models.ModelContext;
import dk.trappen.models.ModelRules;
import dk.trappen.models.Violation;
import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The conventions of docs/architecture.md, checked on every file a process owner edits in Camunda
 * Modeler: each file in {@code bpmn/} and {@code forms/} is one test, and a broken rule fails it with
 * a message naming the file and the element id, all violations of a file at once. The rules are the
 * product's own ({@link ModelRules}): the engine's deployment guard applies the same ones to every
 * deployment, so a model that passes here is one the guard accepts, and the reverse.
 *
 * <p>The structural checks run without Spring, so a model that would stop the application from
 * starting is still reported by element. Only the check that every delegate expression names a bean
 * meant for models needs the application: see {@link DelegateBeans}.
 */
class ModelConventionsTest {

    static final Path MODELS = Paths.get("bpmn");
    static final Path FORMS = Paths.get("forms");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyModelFollowsTheConventions() throws IOException {
        List<Path> files = filesIn(MODELS);
        assertThat(files).describedAs("models in %s", MODELS.toAbsolutePath()).isNotEmpty();
        ModelContext build = buildContext(name -> ModelContext.BeanKind.UNKNOWN);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(),
                () -> assertNoViolations(file, ModelRules.check(file.getFileName().toString(), Files.readAllBytes(file), build))));
    }

    @TestFactory
    Stream<DynamicTest> everyFormFollowsTheConventions() throws IOException {
        List<Path> files = filesIn(FORMS);
        assertThat(files).describedAs("forms in %s", FORMS.toAbsolutePath()).isNotEmpty();
        ModelContext build = buildContext(name -> ModelContext.BeanKind.UNKNOWN);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(),
                () -> assertNoViolations(file, ModelRules.check(file.getFileName().toString(), Files.readAllBytes(file), build))));
    }

    /** The checker finds what it is meant to find: a model that breaks several rules at once. */
    @Test
    void reportsEveryBrokenRuleOfABrokenModel() {
        BpmnModelInstance broken = Bpmn.createExecutableProcess("brokenProcess")
                .startEvent("start")
                .userTask("Task_Review").name("Gennemgå sagen")
                .serviceTask("Task_Notify").name("Underret familien").camundaDelegateExpression("${noSuchBean}")
                .exclusiveGateway("Gateway_Approved").name("Godkendt?")
                .condition("Ja", "${approved}")
                .endEvent("EndEvent_Approved").name("Godkendt")
                .moveToLastGateway()
                .endEvent("EndEvent_Rejected").name("Afvist")
                .done();
        // The builder sets a default time to live and names each element after its id; this model has neither.
        broken.getModelElementsByType(Process.class).forEach(p -> p.setCamundaHistoryTimeToLiveString(null));
        broken.<StartEvent>getModelElementById("start").setName(null);
        ModelContext context = buildContext(name -> name.equals("registerConcern") ? ModelContext.BeanKind.MODEL
                : ModelContext.BeanKind.NONE);

        List<String> violations = ModelRules.check("broken.bpmn", Bpmn.convertToString(broken).getBytes(StandardCharsets.UTF_8),
                context).stream().map(Violation::toString).toList();

        assertThat(violations).describedAs(String.join("\n", violations))
                .anySatisfy(v -> assertThat(v).startsWith("broken.bpmn:").contains("brokenProcess")) // file name != key
                .anySatisfy(v -> assertThat(v).startsWith("brokenProcess:").contains("historyTimeToLive"))
                .anySatisfy(v -> assertThat(v).startsWith("start:").contains("id'et skal være"))  // naming pattern
                .anySatisfy(v -> assertThat(v).startsWith("start:").contains("intet navn"))
                .anySatisfy(v -> assertThat(v).startsWith("Task_Review:").contains("candidateGroups"))
                .anySatisfy(v -> assertThat(v).startsWith("Task_Review:").contains("dueDate"))
                .anySatisfy(v -> assertThat(v).startsWith("Task_Review:").contains("formRef"))
                .anySatisfy(v -> assertThat(v).startsWith("Task_Notify:").contains("asyncBefore"))
                .anySatisfy(v -> assertThat(v).startsWith("Task_Notify:").contains("failedJobRetryTimeCycle"))
                .anySatisfy(v -> assertThat(v).startsWith("Task_Notify:").contains("${noSuchBean}").contains("'noSuchBean' findes ikke"))
                .anySatisfy(v -> assertThat(v).startsWith("Gateway_Approved:").contains("betingelse"));
        assertThat(violations).noneMatch(v -> v.startsWith("Task_Review:") && v.contains("intet navn"));
    }

    /** Every delegate expression in every model names a bean meant for models in the running application. */
    @Nested
    @TrappenTest
    class DelegateBeans {

        @Autowired
        ModelBeanNames beans;

        @TestFactory
        Stream<DynamicTest> everyDelegateExpressionNamesABeanMeantForModels() throws IOException {
            assertThat(beans.names()).contains("concernReceived", "assessConcern").doesNotContain("jdbcTemplate", "environment");
            ModelContext application = buildContext(beans::kind);
            return filesIn(MODELS).stream().filter(f -> f.toString().endsWith(".bpmn"))
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(),
                            () -> assertNoViolations(file, ModelRules.check(file.getFileName().toString(),
                                    Files.readAllBytes(file), application))));
        }
    }

    /** What the build offers a model: the forms in forms/ and the decisions in bpmn/. */
    static ModelContext buildContext(Function<String, ModelContext.BeanKind> beans) {
        Map<String, JsonNode> forms = new HashMap<>();
        Set<String> decisions = new HashSet<>();
        try {
            for (Path form : filesIn(FORMS)) {
                try {
                    JsonNode json = JSON.readTree(form.toFile());
                    forms.put(json.path("id").asText(""), json);
                } catch (IOException unreadable) {
                    // reported by the form's own test
                }
            }
            for (Path model : filesIn(MODELS)) {
                if (model.toString().endsWith(".dmn")) {
                    try {
                        Dmn.readModelFromFile(model.toFile()).getModelElementsByType(Decision.class).forEach(d -> decisions.add(d.getId()));
                    } catch (RuntimeException unreadable) {
                        // reported by the file's own test
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new ModelContext() {
            @Override
            public Optional<JsonNode> form(String formId) {
                return Optional.ofNullable(forms.get(formId));
            }

            @Override
            public boolean decisionExists(String decisionKey) {
                return decisions.contains(decisionKey);
            }

            @Override
            public BeanKind bean(String name) {
                return beans.apply(name);
            }
        };
    }

    static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    static void assertNoViolations(Path file, List<Violation> violations) {
        assertThat(violations.stream().map(Violation::toString).toList())
                .describedAs("%s breaks %d rule(s) of docs/architecture.md and docs/process-owners.md:%n  - %s%n", file,
                        violations.size(), String.join(String.format("%n  - "), violations.stream().map(Violation::toString).toList()))
                .isEmpty();
    }
}
