package dk.trappen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.trappen.platform.PersonalData;
import dk.trappen.testsupport.TrappenTest;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.Escalation;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.Signal;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The conventions of docs/architecture.md, checked on every file a process owner edits in Camunda
 * Modeler: each file in {@code bpmn/} and {@code forms/} is one test, and a broken rule fails it
 * with a message naming the file and the element id, all violations of a file at once.
 *
 * <p>The structural checks run without Spring, so a model that would stop the application from
 * starting (a missing historyTimeToLive, say) is still reported by element. Only the check that every
 * delegate expression names an existing Spring bean needs the application: see {@link DelegateBeans}.
 */
class ModelConventionsTest {

    static final Path MODELS = Paths.get("bpmn");
    static final Path FORMS = Paths.get("forms");

    /**
     * Textfield keys that are not personal data and may therefore become engine variables. Every other
     * textfield (and every textarea) is free text, which is personal data by rule and must carry the
     * {@code pii_} prefix that keeps it out of the engine.
     */
    static final Set<String> NON_PERSONAL_TEXTFIELDS = Set.of(
            "secondAssessor", // a staff user id, assessConcern.form
            "caseNumber"); // SAG-2026-000123, requestMeeting.form

    /** The newest Camunda Forms schema that Tasklist 7.24's form-js renders. */
    static final int MAX_FORM_SCHEMA_VERSION = 16;

    @TestFactory
    Stream<DynamicTest> everyModelFollowsTheConventions() throws IOException {
        List<Path> files = filesIn(MODELS);
        assertThat(files).describedAs("models in %s", MODELS.toAbsolutePath()).isNotEmpty();
        ModelConventions conventions = new ModelConventions(FORMS, ModelConventions.decisionIdsIn(MODELS));
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(),
                () -> assertNoViolations(file, conventions.checkFile(file))));
    }

    @TestFactory
    Stream<DynamicTest> everyFormFollowsTheConventions() throws IOException {
        List<Path> files = filesIn(FORMS);
        assertThat(files).describedAs("forms in %s", FORMS.toAbsolutePath()).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(),
                () -> assertNoViolations(file, FormConventions.check(file))));
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
        ModelConventions conventions = new ModelConventions(FORMS, Set.of("triageConcern"));

        List<String> violations = conventions.check(broken, "broken.bpmn");

        assertThat(violations).describedAs(String.join("\n", violations)).anySatisfy(v -> assertThat(v)
                        .contains("broken.bpmn").contains("brokenProcess"))                      // file name != key
                .anySatisfy(v -> assertThat(v).startsWith("brokenProcess:").contains("historyTimeToLive"))
                .anySatisfy(v -> assertThat(v).startsWith("start:").contains("id must be"))       // naming pattern
                .anySatisfy(v -> assertThat(v).startsWith("start:").contains("no name"))
                .anySatisfy(v -> assertThat(v).startsWith("Task_Review:").contains("candidateGroups"))
                .anySatisfy(v -> assertThat(v).startsWith("Task_Review:").contains("dueDate"))
                .anySatisfy(v -> assertThat(v).startsWith("Task_Review:").contains("formRef"))
                .anySatisfy(v -> assertThat(v).startsWith("Task_Notify:").contains("asyncBefore"))
                .anySatisfy(v -> assertThat(v).startsWith("Task_Notify:").contains("failedJobRetryTimeCycle"))
                .anySatisfy(v -> assertThat(v).startsWith("Gateway_Approved:").contains("condition"));
        assertThat(violations).noneMatch(v -> v.startsWith("Task_Review:") && v.contains("has no name"));

        assertThat(conventions.checkBeanReferences(broken, Set.of("registerConcern")::contains))
                .containsExactly("Task_Notify: delegate expression ${noSuchBean} names no Spring bean 'noSuchBean'");
    }

    /** Every delegate expression in every model names a bean of the running application. */
    @Nested
    @TrappenTest
    class DelegateBeans {

        @Autowired
        ApplicationContext context;

        @TestFactory
        Stream<DynamicTest> everyDelegateExpressionNamesASpringBean() throws IOException {
            ModelConventions conventions = new ModelConventions(FORMS, Set.of());
            return filesIn(MODELS).stream().filter(f -> f.toString().endsWith(".bpmn"))
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(),
                            () -> assertNoViolations(file, conventions.checkBeanReferences(
                                    Bpmn.readModelFromFile(file.toFile()), context::containsBean))));
        }
    }

    static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    static void assertNoViolations(Path file, List<String> violations) {
        assertThat(violations)
                .describedAs("%s breaks %d convention(s) of docs/architecture.md:%n  - %s%n", file, violations.size(),
                        String.join(String.format("%n  - "), violations))
                .isEmpty();
    }

    /**
     * The rules for BPMN and DMN files. Each violation reads {@code "<element id>: <what is wrong>"},
     * or {@code "<file name>: ..."} for the file as a whole.
     */
    static final class ModelConventions {

        static final Pattern KEY = Pattern.compile("^[a-z][A-Za-z0-9]*$");
        static final Map<String, String> ID_EXAMPLES = Map.of("StartEvent", "ConcernReceived", "EndEvent", "ConcernClosed",
                "BoundaryEvent", "AssessmentOverdue", "IntermediateEvent", "ReplyReceived", "CallActivity", "NetworkMeeting",
                "Task", "AssessConcern", "Gateway", "AcuteDanger", "SequenceFlow", "AcuteYes", "Message", "MeasureEnded");
        static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}$");

        private final Path formsDirectory;
        private final Set<String> decisionIds;

        ModelConventions(Path formsDirectory, Set<String> decisionIds) {
            this.formsDirectory = formsDirectory;
            this.decisionIds = decisionIds;
        }

        /** The ids of all decisions in the DMN files of {@code directory} (unreadable files are left out). */
        static Set<String> decisionIdsIn(Path directory) throws IOException {
            Set<String> ids = new HashSet<>();
            for (Path file : filesIn(directory)) {
                if (file.toString().endsWith(".dmn")) {
                    try {
                        Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class)
                                .forEach(d -> ids.add(d.getId()));
                    } catch (RuntimeException unreadable) {
                        // reported by the file's own test
                    }
                }
            }
            return ids;
        }

        List<String> checkFile(Path file) {
            String name = file.getFileName().toString();
            File f = file.toFile();
            try {
                if (name.endsWith(".bpmn")) {
                    return check(Bpmn.readModelFromFile(f), name);
                }
                if (name.endsWith(".dmn")) {
                    return check(Dmn.readModelFromFile(f), name);
                }
            } catch (RuntimeException unreadable) {
                return List.of(name + ": cannot be read as " + (name.endsWith(".dmn") ? "DMN" : "BPMN") + ": "
                        + unreadable.getMessage() + (unreadable.getCause() == null ? "" : " / " + unreadable.getCause().getMessage()));
            }
            return List.of(name + ": bpmn/ holds only BPMN (.bpmn) and DMN (.dmn) files");
        }

        // ---------------------------------------------------------------------------------- BPMN

        List<String> check(BpmnModelInstance model, String fileName) {
            List<String> violations = new ArrayList<>();
            processKeyAndTimeToLive(model, fileName, violations);
            ids(model, violations);
            names(model, violations);
            userTasks(model, violations);
            startForms(model, violations);
            asyncAndDelegates(model, violations);
            businessRuleTasks(model, violations);
            gatewayConditions(model, violations);
            timers(model, violations);
            diagram(model, violations);
            return violations;
        }

        private void processKeyAndTimeToLive(BpmnModelInstance model, String fileName, List<String> violations) {
            String key = baseName(fileName);
            List<Process> executable = model.getModelElementsByType(Process.class).stream()
                    .filter(Process::isExecutable).toList();
            if (executable.size() != 1) {
                violations.add(fileName + ": must hold exactly one executable process, holds "
                        + executable.stream().map(Process::getId).toList());
            }
            for (Process process : executable) {
                if (!process.getId().equals(key)) {
                    violations.add(fileName + ": file name must be the process key: the executable process is '"
                            + process.getId() + "', so the file must be " + process.getId() + ".bpmn");
                }
                if (!KEY.matcher(process.getId()).matches()) {
                    violations.add(process.getId() + ": a process key is a camelCase noun (" + KEY + ")");
                }
                if (isBlank(process.getCamundaHistoryTimeToLiveString())) {
                    violations.add(process.getId() + ": executable process sets no camunda:historyTimeToLive");
                }
            }
        }

        /** The id prefixes allowed for an element, or null if its id is not checked. */
        static String idPrefixes(ModelElementInstance element) {
            if (element instanceof StartEvent) {
                return "StartEvent";
            } else if (element instanceof EndEvent) {
                return "EndEvent";
            } else if (element instanceof BoundaryEvent) {
                return "BoundaryEvent";
            } else if (element instanceof IntermediateThrowEvent || element instanceof IntermediateCatchEvent) {
                return "IntermediateEvent|IntermediateThrowEvent|IntermediateCatchEvent";
            } else if (element instanceof CallActivity) {
                return "CallActivity|Task";
            } else if (element instanceof SubProcess) {
                return "SubProcess";
            } else if (element instanceof Task) {
                return "Task";
            } else if (element instanceof Gateway) {
                return "Gateway";
            } else if (element instanceof SequenceFlow) {
                return "SequenceFlow";
            } else if (element instanceof Message) {
                return "Message";
            } else if (element instanceof Error) {
                return "Error";
            } else if (element instanceof Signal) {
                return "Signal";
            } else if (element instanceof Escalation) {
                return "Escalation";
            }
            return null;
        }

        private void ids(BpmnModelInstance model, List<String> violations) {
            for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
                String prefixes = idPrefixes(element);
                String id = element.getId();
                if (prefixes != null) {
                    Pattern pattern = Pattern.compile("^(" + prefixes + ")_[A-Z][A-Za-z0-9]*$");
                    if (id == null || !pattern.matcher(id).matches()) {
                        String prefix = prefixes.split("\\|")[0];
                        violations.add(id + ": " + typeName(element) + " id must be a type prefix + PascalCase name, "
                                + pattern + ", e.g. " + prefix + "_" + ID_EXAMPLES.getOrDefault(prefix, "WhatItIs"));
                    }
                } else if (element instanceof EventDefinition && id != null) {
                    // Modeler does not show these ids, but generates them with the right prefix.
                    String prefix = capitalize(element.getElementType().getTypeName()) + "_";
                    if (!id.startsWith(prefix)) {
                        violations.add(id + ": " + typeName(element) + " id must start with " + prefix);
                    }
                }
            }
        }

        private void names(BpmnModelInstance model, List<String> violations) {
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                boolean joiningGateway = node instanceof Gateway && node.getIncoming().size() > 1
                        && node.getOutgoing().size() == 1;
                if (!joiningGateway && !(node instanceof ParallelGateway) && isBlank(node.getName())) {
                    violations.add(node.getId() + ": " + typeName(node) + " has no name (a short Danish label)");
                }
            }
        }

        private void userTasks(BpmnModelInstance model, List<String> violations) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String id = task.getId();
                if (isBlank(task.getCamundaCandidateGroups())) {
                    violations.add(id + ": user task has no camunda:candidateGroups");
                }
                if (isBlank(task.getCamundaDueDate())) {
                    violations.add(id + ": user task has no camunda:dueDate");
                }
                if (isBlank(task.getCamundaFormRef())) {
                    violations.add(id + ": user task has no camunda:formRef (a Camunda Form in forms/)");
                } else {
                    form(id, task.getCamundaFormRef(), task.getCamundaFormRefBinding(), violations);
                }
            }
        }

        private void startForms(BpmnModelInstance model, List<String> violations) {
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (!isBlank(start.getCamundaFormRef())) {
                    form(start.getId(), start.getCamundaFormRef(), start.getCamundaFormRefBinding(), violations);
                }
            }
        }

        private void form(String elementId, String formRef, String binding, List<String> violations) {
            if (!"deployment".equals(binding)) {
                violations.add(elementId + ": camunda:formRefBinding must be \"deployment\", is " + quoted(binding));
            }
            Path file = formsDirectory.resolve(formRef + ".form");
            if (!Files.isRegularFile(file)) {
                violations.add(elementId + ": camunda:formRef \"" + formRef + "\" has no form " + file);
                return;
            }
            try {
                String formId = FormConventions.read(file).path("id").asText(null);
                if (!formRef.equals(formId)) {
                    violations.add(elementId + ": camunda:formRef \"" + formRef + "\" but " + file + " has id "
                            + quoted(formId));
                }
            } catch (IOException e) {
                violations.add(elementId + ": form " + file + " cannot be read: " + e.getMessage());
            }
        }

        private void asyncAndDelegates(BpmnModelInstance model, List<String> violations) {
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                if (!task.isCamundaAsyncBefore()) {
                    violations.add(task.getId() + ": service task must be camunda:asyncBefore=\"true\"");
                }
                String expression = task.getCamundaDelegateExpression();
                if (expression == null || !BEAN_EXPRESSION.matcher(expression).matches()) {
                    violations.add(task.getId() + ": service task must call a bean by camunda:delegateExpression=\"${beanName}\", has "
                            + implementation(task));
                }
            }
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                boolean async = node.isCamundaAsyncBefore() || node.isCamundaAsyncAfter();
                if ((async || node instanceof ServiceTask) && !hasRetryCycle(node)) {
                    violations.add(node.getId() + ": " + (node instanceof ServiceTask ? "service task" : "async " + typeName(node))
                            + " has no camunda:failedJobRetryTimeCycle (e.g. PT10S,PT1M,PT5M,PT15M,PT1H)");
                }
            }
            delegateExpressions(model).forEach((ownerId, expression) -> {
                if (!BEAN_EXPRESSION.matcher(expression).matches()) {
                    violations.add(ownerId + ": delegate expression " + expression + " must be ${beanName}");
                }
            });
        }

        private static boolean hasRetryCycle(BaseElement element) {
            ExtensionElements extensions = element.getExtensionElements();
            return extensions != null && extensions.getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class)
                    .list().stream().anyMatch(cycle -> !isBlank(cycle.getTextContent()));
        }

        private static String implementation(ServiceTask task) {
            if (task.getCamundaDelegateExpression() != null) {
                return "camunda:delegateExpression=\"" + task.getCamundaDelegateExpression() + "\"";
            } else if (task.getCamundaClass() != null) {
                return "camunda:class=\"" + task.getCamundaClass() + "\"";
            } else if (task.getCamundaExpression() != null) {
                return "camunda:expression=\"" + task.getCamundaExpression() + "\"";
            } else if (task.getCamundaType() != null) {
                return "camunda:type=\"" + task.getCamundaType() + "\"";
            }
            return "no implementation";
        }

        private void businessRuleTasks(BpmnModelInstance model, List<String> violations) {
            for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
                String ref = task.getCamundaDecisionRef();
                if (isBlank(ref)) {
                    violations.add(task.getId() + ": business rule task has no camunda:decisionRef");
                } else if (!decisionIds.contains(ref)) {
                    violations.add(task.getId() + ": camunda:decisionRef \"" + ref
                            + "\" is no decision in bpmn/*.dmn (decisions: " + sorted(decisionIds) + ")");
                }
            }
        }

        private void gatewayConditions(BpmnModelInstance model, List<String> violations) {
            List<Gateway> gateways = new ArrayList<>(model.getModelElementsByType(ExclusiveGateway.class));
            gateways.addAll(model.getModelElementsByType(InclusiveGateway.class));
            for (Gateway gateway : gateways) {
                SequenceFlow defaultFlow = gateway instanceof ExclusiveGateway exclusive ? exclusive.getDefault()
                        : ((InclusiveGateway) gateway).getDefault();
                Collection<SequenceFlow> outgoing = gateway.getOutgoing();
                if (outgoing.size() < 2) {
                    continue;
                }
                for (SequenceFlow flow : outgoing) {
                    if (flow != defaultFlow && !hasCondition(flow)) {
                        violations.add(gateway.getId() + ": outgoing flow " + flow.getId()
                                + " has no condition and is not the gateway's default flow");
                    }
                }
            }
        }

        private static boolean hasCondition(SequenceFlow flow) {
            ConditionExpression condition = flow.getConditionExpression();
            return condition != null && (!isBlank(condition.getTextContent()) || !isBlank(condition.getCamundaResource()));
        }

        private void timers(BpmnModelInstance model, List<String> violations) {
            for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
                boolean set = (timer.getTimeDate() != null && !isBlank(timer.getTimeDate().getTextContent()))
                        || (timer.getTimeDuration() != null && !isBlank(timer.getTimeDuration().getTextContent()))
                        || (timer.getTimeCycle() != null && !isBlank(timer.getTimeCycle().getTextContent()));
                if (!set) {
                    ModelElementInstance event = timer.getParentElement();
                    String owner = event instanceof BaseElement base ? base.getId() : String.valueOf(timer.getId());
                    violations.add(owner + ": timer has no timeDate, timeDuration or timeCycle expression");
                }
            }
        }

        private void diagram(BpmnModelInstance model, List<String> violations) {
            if (model.getModelElementsByType(BpmnDiagram.class).isEmpty()) {
                violations.add("the model has no diagram (BPMNDiagram): draw it in Camunda Modeler");
                return;
            }
            Set<String> shapes = new HashSet<>();
            model.getModelElementsByType(BpmnShape.class).stream().filter(s -> s.getBpmnElement() != null)
                    .forEach(s -> shapes.add(s.getBpmnElement().getId()));
            Set<String> edges = new HashSet<>();
            model.getModelElementsByType(BpmnEdge.class).stream().filter(e -> e.getBpmnElement() != null)
                    .forEach(e -> edges.add(e.getBpmnElement().getId()));
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                if (!shapes.contains(node.getId())) {
                    violations.add(node.getId() + ": " + typeName(node) + " has no BPMNShape in the diagram");
                }
            }
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                if (!edges.contains(flow.getId())) {
                    violations.add(flow.getId() + ": sequence flow has no BPMNEdge in the diagram");
                }
            }
            for (BpmnPlane plane : model.getModelElementsByType(BpmnPlane.class)) {
                List<BpmnShape> nodes = plane.getChildElementsByType(BpmnShape.class).stream()
                        .filter(s -> s.getBpmnElement() instanceof FlowNode && s.getBounds() != null).toList();
                for (int i = 0; i < nodes.size(); i++) {
                    for (int j = i + 1; j < nodes.size(); j++) {
                        FlowNode a = (FlowNode) nodes.get(i).getBpmnElement();
                        FlowNode b = (FlowNode) nodes.get(j).getBpmnElement();
                        if (overlap(nodes.get(i).getBounds(), nodes.get(j).getBounds()) && !mayOverlap(a, b)) {
                            violations.add(a.getId() + ": its shape overlaps the shape of " + b.getId());
                        }
                    }
                }
            }
        }

        static boolean overlap(Bounds a, Bounds b) {
            return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                    && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
        }

        /** A boundary event sits on its activity's border; an expanded sub-process contains its nodes. */
        private static boolean mayOverlap(FlowNode a, FlowNode b) {
            return attachedTo(a, b) || attachedTo(b, a) || contains(a, b) || contains(b, a);
        }

        private static boolean attachedTo(FlowNode event, FlowNode activity) {
            return event instanceof BoundaryEvent boundary && boundary.getAttachedTo() == activity;
        }

        private static boolean contains(FlowNode outer, FlowNode inner) {
            if (!(outer instanceof SubProcess)) {
                return false;
            }
            for (ModelElementInstance parent = inner.getParentElement(); parent != null; parent = parent.getParentElement()) {
                if (parent == outer) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Every delegate expression in the model, keyed by the element it belongs to: service, send and
         * business rule tasks, message event definitions, task and execution listeners.
         */
        private static Map<String, String> delegateExpressions(BpmnModelInstance model) {
            Map<String, String> expressions = new LinkedHashMap<>();
            List<ModelElementInstance> owners = new ArrayList<>();
            owners.addAll(model.getModelElementsByType(ServiceTask.class));
            owners.addAll(model.getModelElementsByType(SendTask.class));
            owners.addAll(model.getModelElementsByType(BusinessRuleTask.class));
            owners.addAll(model.getModelElementsByType(MessageEventDefinition.class));
            owners.addAll(model.getModelElementsByType(CamundaTaskListener.class));
            owners.addAll(model.getModelElementsByType(CamundaExecutionListener.class));
            int n = 0;
            for (ModelElementInstance element : owners) {
                String expression = element instanceof ServiceTask t ? t.getCamundaDelegateExpression()
                        : element instanceof SendTask t ? t.getCamundaDelegateExpression()
                        : element instanceof BusinessRuleTask t ? t.getCamundaDelegateExpression()
                        : element instanceof MessageEventDefinition d ? d.getCamundaDelegateExpression()
                        : element instanceof CamundaTaskListener l ? l.getCamundaDelegateExpression()
                        : element instanceof CamundaExecutionListener l ? l.getCamundaDelegateExpression()
                        : null;
                if (expression != null) {
                    String owner = ownerId(element);
                    String label = element instanceof CamundaTaskListener l ? owner + " (task listener on " + l.getCamundaEvent() + ")"
                            : element instanceof CamundaExecutionListener l ? owner + " (execution listener on " + l.getCamundaEvent() + ")"
                            : owner;
                    expressions.put(expressions.containsKey(label) ? label + " #" + (++n) : label, expression);
                }
            }
            return expressions;
        }

        /** The id of the flow element or process an extension or event definition belongs to. */
        private static String ownerId(ModelElementInstance element) {
            for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
                if (e instanceof FlowElement || e instanceof Process) {
                    return ((BaseElement) e).getId();
                }
            }
            return String.valueOf(element.getAttributeValue("id"));
        }

        /** Every delegate expression {@code ${name}} must name a bean that {@code beanExists}. */
        List<String> checkBeanReferences(BpmnModelInstance model, Predicate<String> beanExists) {
            List<String> violations = new ArrayList<>();
            delegateExpressions(model).forEach((owner, expression) -> {
                Matcher matcher = BEAN_EXPRESSION.matcher(expression);
                if (matcher.matches() && !beanExists.test(matcher.group(1))) {
                    violations.add(owner + ": delegate expression " + expression + " names no Spring bean '"
                            + matcher.group(1) + "'");
                }
            });
            return violations;
        }

        // ----------------------------------------------------------------------------------- DMN

        List<String> check(DmnModelInstance model, String fileName) {
            List<String> violations = new ArrayList<>();
            Collection<Decision> decisions = model.getModelElementsByType(Decision.class);
            String key = baseName(fileName);
            if (decisions.stream().noneMatch(d -> key.equals(d.getId()))) {
                violations.add(fileName + ": file name must be a decision key; the decisions are "
                        + decisions.stream().map(Decision::getId).toList());
            }
            for (Decision decision : decisions) {
                if (!KEY.matcher(decision.getId()).matches()) {
                    violations.add(decision.getId() + ": a decision key is camelCase (" + KEY + ")");
                }
                if (isBlank(decision.getCamundaHistoryTimeToLiveString())) {
                    violations.add(decision.getId() + ": decision sets no camunda:historyTimeToLive");
                }
                if (isBlank(decision.getName())) {
                    violations.add(decision.getId() + ": decision has no name");
                }
            }
            // The DMN Model API knows no DMNDI types, so read the diagram from the DOM.
            DomElement root = model.getDocument().getRootElement();
            List<DomElement> dmndi = root.getChildElements().stream()
                    .filter(e -> "DMNDI".equals(e.getLocalName())).toList();
            if (dmndi.isEmpty()) {
                violations.add(fileName + ": has no diagram (DMNDI): open and save it in Camunda Modeler");
            } else {
                Set<String> drawn = new HashSet<>();
                dmndi.forEach(d -> collectShapeRefs(d, drawn));
                decisions.stream().filter(d -> !drawn.contains(d.getId()))
                        .forEach(d -> violations.add(d.getId() + ": decision has no DMNShape in the diagram"));
            }
            return violations;
        }

        private static void collectShapeRefs(DomElement element, Set<String> refs) {
            if ("DMNShape".equals(element.getLocalName()) && element.hasAttribute("dmnElementRef")) {
                String ref = element.getAttribute("dmnElementRef");
                refs.add(ref.startsWith("#") ? ref.substring(1) : ref);
            }
            element.getChildElements().forEach(child -> collectShapeRefs(child, refs));
        }

        // -------------------------------------------------------------------------------- helpers

        static String baseName(String fileName) {
            int dot = fileName.lastIndexOf('.');
            return dot < 0 ? fileName : fileName.substring(0, dot);
        }

        static boolean isBlank(String text) {
            return text == null || text.isBlank();
        }

        static String typeName(ModelElementInstance element) {
            return element.getElementType().getTypeName();
        }

        static String capitalize(String text) {
            return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }

        static String quoted(String text) {
            return text == null ? "nothing" : "\"" + text + "\"";
        }

        static List<String> sorted(Set<String> values) {
            return values.stream().sorted().toList();
        }
    }

    /** The rules for Camunda Forms ({@code forms/*.form}). */
    static final class FormConventions {

        private static final ObjectMapper JSON = new ObjectMapper();

        static JsonNode read(Path file) throws IOException {
            return JSON.readTree(file.toFile());
        }

        static List<String> check(Path file) {
            String fileName = file.getFileName().toString();
            List<String> violations = new ArrayList<>();
            if (!fileName.endsWith(".form")) {
                return List.of(fileName + ": forms/ holds only Camunda Forms (.form)");
            }
            JsonNode form;
            try {
                form = read(file);
            } catch (IOException e) {
                return List.of(fileName + ": is not valid JSON: " + e.getMessage());
            }
            String key = ModelConventions.baseName(fileName);
            String id = form.path("id").asText(null);
            if (!key.equals(id)) {
                violations.add(fileName + ": form id must be the file name \"" + key + "\", is " + ModelConventions.quoted(id));
            }
            JsonNode schemaVersion = form.get("schemaVersion");
            if (schemaVersion == null || !schemaVersion.canConvertToInt()) {
                violations.add(fileName + ": has no schemaVersion");
            } else if (schemaVersion.asInt() > MAX_FORM_SCHEMA_VERSION) {
                violations.add(fileName + ": schemaVersion " + schemaVersion.asInt() + " is newer than Tasklist 7.24 renders ("
                        + MAX_FORM_SCHEMA_VERSION + "): set Modeler's execution platform to Camunda 7.24");
            }
            components(form, violations);
            return violations;
        }

        private static void components(JsonNode container, List<String> violations) {
            for (JsonNode component : container.path("components")) {
                String type = component.path("type").asText("");
                String key = component.path("key").asText(null);
                String where = component.path("id").asText("?") + " (" + type + " \"" + key + "\")";
                if (key != null && !key.startsWith(PersonalData.PREFIX)) {
                    if (type.equals("textarea")) {
                        violations.add(where + ": free text is personal data: the key must start with pii_");
                    } else if (type.equals("textfield") && !NON_PERSONAL_TEXTFIELDS.contains(key)) {
                        violations.add(where + ": a text field is personal data unless allow-listed in "
                                + "ModelConventionsTest.NON_PERSONAL_TEXTFIELDS: the key must start with pii_");
                    } else if (type.equals("datetime") && "date".equals(component.path("subtype").asText())
                            && key.toLowerCase(Locale.ROOT).contains("birth")) {
                        violations.add(where + ": a birth date is personal data: the key must start with pii_");
                    }
                }
                components(component, violations);
            }
        }
    }
}
